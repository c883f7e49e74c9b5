using System.Globalization;
using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;

namespace Pixfra.Rma.Cards.Tests;

/// <summary>A sample model for a template, used to check the template in every supported language.</summary>
public sealed record CardSample(string Name, string TemplateName, Func<CultureInfo, RenderedCard> Render, JsonNode Data)
{
    public static CardSample Of<TModel>(string name, TModel model)
        where TModel : ICardModel =>
        new(name, TModel.TemplateName, culture => CardRenderer.Render(model, culture), CardRenderer.ToData(model));

    public override string ToString() => Name;
}

/// <summary>Sample data for every template in cards/ (a test fails when a template has none).</summary>
public static class CardSamples
{
    public static IReadOnlyList<CardSample> All { get; } =
    [
        CardSample.Of("welcome", new WelcomeCard(
            "Hello Alex Wilber, welcome back to Contoso Thermal Ltd.",
            [new CommandHelp("new rma", "Start a new RMA"), new CommandHelp("status RMA-1234", "Show one RMA")])),
        CardSample.Of("rma-number-valid", new RmaNumberCard(
            "PX-4K7Q-9XT2-M",
            "22 days left, until 23 Dec 2026",
            IsExpired: false,
            [new RmaNumberCardLine("PF2023A00017", "Mile 2 · in warranty: free repair or replacement"),
             new RmaNumberCardLine("PF2022B01234", "Mile 2 · painted: paid repair through your seller")],
            new RepairStationView("Pixfra EU Repair Centre", "Musterstraße 1\n10115 Berlin\nGermany"))),
        CardSample.Of("rma-number-expired", new RmaNumberCard(
            "PX-4K7Q-9XT2-M",
            "Expired on 23 Dec 2026",
            IsExpired: true,
            [new RmaNumberCardLine("PF2023A00017", "Mile 2")],
            new RepairStationView("Pixfra EU Repair Centre", "Musterstraße 1, Berlin"))),
        CardSample.Of("identity-question", new IdentityQuestionCard(null)),
        CardSample.Of("identity-question-bad-code", new IdentityQuestionCard("That invite code is not valid. Check it and try again.")),
        CardSample.Of("end-user", new EndUserCard()),
        CardSample.Of("registration", new RegistrationCard("REQ-20261124-0042")),
        CardSample.Of("checklist-backup", new ChecklistItemCard(
            "backup", "Step 1 of 3", "Back up your data", "Back up programs and data (configuration, audio and video).",
            "Repair may erase them, and Pixfra RMA is not liable for their loss.", "I have backed up the data", null)),
        CardSample.Of("checklist-reset", new ChecklistItemCard(
            "factoryReset", "Step 3 of 3", "Restore factory settings", "Restore the device to factory settings.",
            "If you don't, RMA will contact you for the device's password; change it after the repair.",
            "Factory settings restored", "Not restored")),
    ];
}
