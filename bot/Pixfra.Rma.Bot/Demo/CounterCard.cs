using System.Globalization;
using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Bot.Demo;

/// <summary>
/// The demo's test card: an Action.Execute that the bot answers with the same card counted up (so the
/// client replaces it in place) and an Action.Submit that the bot acknowledges with a message.
/// Built here rather than in cards/ because it goes away with the demo handler (issue 5).
/// </summary>
internal static class CounterCard
{
    public const string CountVerb = "demo.count";
    public const string AcknowledgeVerb = "demo.acknowledge";

    public static JsonObject Render(int count, CultureInfo culture) => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = BotText.Get("Demo_Counter_Title", culture),
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = BotText.Format("Demo_Counter_Value", culture, count),
                ["wrap"] = true,
            }),
        ["actions"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = BotText.Get("Demo_Counter_Button", culture),
                ["verb"] = CountVerb,
                ["data"] = new JsonObject { ["count"] = count },
            },
            new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = BotText.Get("Demo_Acknowledge_Button", culture),
                ["data"] = new JsonObject { ["verb"] = AcknowledgeVerb },
            }),
    };

    /// <summary>The count carried by a click on the card, 0 when missing or not a number.</summary>
    public static int CountFrom(JsonNode? data) =>
        data?["count"] is JsonValue value && value.TryGetValue<int>(out var count) && count >= 0 ? count : 0;
}
