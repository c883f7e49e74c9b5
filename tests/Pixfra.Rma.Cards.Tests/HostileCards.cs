using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Cards.Tests;

/// <summary>Cards bound with user text that tries to become markup, for the official renderer to render.</summary>
public static class HostileCards
{
    public const string Text = "[click me](https://evil.example/x) **bold** _it_ `code` <at>Bob</at>\n\n# Heading\n- item\n1. first";

    public const string Name = "hostile/rma-number";

    public const string ReminderName = "hostile/rma-reminder";

    public static IReadOnlyList<string> Names { get; } = [Name, ReminderName];

    public static IEnumerable<(string Name, JsonObject Card)> All
    {
        get
        {
            var card = CardRenderer.Render(
                new RmaNumberCard(
                    "PX-4K7Q-9XT2-M",
                    Text,
                    IsExpired: false,
                    [new RmaNumberCardLine(Text, Text)],
                    new RepairStationView(Text, Text)),
                BotCulture.English);
            yield return (Name, card.Card);

            var reminder = CardRenderer.Render(
                new ReminderCard("PX-4K7Q-9XT2-M", Text, Text, Text, IsExpired: true, [new RmaNumberCardLine(Text, Text)]),
                BotCulture.English);
            yield return (ReminderName, reminder.Card);
        }
    }
}
