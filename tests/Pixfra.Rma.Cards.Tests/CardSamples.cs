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
        CardSample.Of("product-line-first", new ProductLineCard(
            [], Models, ProductLineValues.Empty, [], "7K3M9Q2D", "2026-12-01")),
        CardSample.Of("product-line-refused", new ProductLineCard(
            [new LineSummaryView("1 · PX384A1B2C3D", "SAMPLE-TC384 · under warranty")],
            Models,
            new ProductLineValues("PX384 A1B2", "SAMPLE-TC384", "", "No image *after* [power](http://x.example) on", "no", "no", "yes", "2025-06-01", "true"),
            [new MessageView("Serial number: character 6, \" \", is not allowed.")],
            "7K3M9Q2D",
            "2026-12-01")),
        CardSample.Of("bulk-lines", new BulkLinesCard(string.Empty, [], "7K3M9Q2D", "2026-12-01")),
        CardSample.Of("bulk-lines-refused", new BulkLinesCard(
            "PX384A1B2C3X; SAMPLE-TC999; dead",
            [new MessageView("Line 2: model SAMPLE-TC999 is not in the catalog.")],
            "7K3M9Q2D",
            "2026-12-01")),
        CardSample.Of("warranty-review-draft", new WarrantyReviewCard(
            "Warranty check",
            [new ReviewLineView("1 · PX384A1B2C3D · SAMPLE-TC384", "Free repair or replacement", "Good",
                [new MessageView("The warranty started on 3 Oct 2023, the purchase date on the invoice."),
                 new MessageView("Components: under warranty until the end of 8 Oct 2026 (China time), 3-year term.")]),
             new ReviewLineView("2 · PX384ZZZZZZZ · SAMPLE-TC384", "Paid repair through your seller", "Attention",
                [new MessageView("The unit has been painted, so the RMA policy does not apply.")])],
            "Only units under warranty travel on the RMA number.",
            CanConfirm: true,
            IsDraft: true,
            OfferSupport: false,
            "7K3M9Q2D")),
        CardSample.Of("warranty-review-lookup", new WarrantyReviewCard(
            "Warranty of PX384A1B2C3D",
            [new ReviewLineView("PX384A1B2C3D", "Pixfra support will review this unit", "Warning", [new MessageView("There is no invoice date.")])],
            null,
            CanConfirm: false,
            IsDraft: false,
            OfferSupport: true,
            string.Empty)),
        CardSample.Of("rma-list", new RmaListCard(
            [new RmaListItemView("RMA-7K3M-9Q2D", "Authorized", "22 days left, until 23 Dec 2026"),
             new RmaListItemView("RMA-0000-0000", "Expired", "Expired on 1 Nov 2026")],
            "page-2")),
        CardSample.Of("rma-list-empty", new RmaListCard([], string.Empty)),
        CardSample.Of("handoff-waiting", new HandoffCard(
            "H-20261201-0A1B2C",
            "Support request H-20261201-0A1B2C",
            "Waiting since 1 Dec 2026 09:00",
            [new FactView("Who", "Alex Wilber"), new FactView("Organisation", "Contoso Thermal Ltd"), new FactView("RMA", "RMA-7K3M-9Q2D (draft, not issued)"), new FactView("Why", "Asked to talk to support")],
            [new LineSummaryView("1 · PX384A1B2C3D · SAMPLE-TC384", "Pixfra support will review this unit")],
            [new MessageView("Back up data: confirmed 1 Dec 2026 09:01")],
            [new MessageView("PX384A1B2C3D: an invoice date or a factory delivery record")],
            [new FactView("Alex Wilber", "The camera shows *no* image [help](https://evil.example)"), new FactView("Assistant", "Added PX384A1B2C3D")],
            CanClaim: true,
            IsActive: true,
            CanHandBack: false,
            [new ChoiceView("Menu", "menu")])),
        CardSample.Of("handoff-claimed", new HandoffCard(
            "H-20261201-0A1B2C",
            "Support request H-20261201-0A1B2C",
            "Taken over by Zhang Min at 09:05",
            [new FactView("Who", "Alex Wilber"), new FactView("Why", "Asked to talk to support")],
            [],
            [],
            [],
            [],
            CanClaim: false,
            IsActive: true,
            CanHandBack: true,
            [new ChoiceView("Menu", "menu"), new ChoiceView("Checklist", "checklist"), new ChoiceView("Units", "units"), new ChoiceView("Warranty review", "review")])),
        CardSample.Of("handoff-closed", new HandoffCard(
            "H-20261201-0A1B2C", "Support request H-20261201-0A1B2C", "Closed at 09:30", [new FactView("Who", "Alex Wilber")], [], [], [], [], false, false, false, [])),
        CardSample.Of("status-change", new StatusChangeCard("RMA-7K3M-9Q2D", "Update on RMA RMA-7K3M-9Q2D", "Your units have arrived at the repair station.", null)),
        CardSample.Of("status-change-closed", new StatusChangeCard("RMA-7K3M-9Q2D", "Update on RMA RMA-7K3M-9Q2D", "This RMA is closed.", "Reason: repaired and returned")),
        CardSample.Of("info-request", new InfoRequestCard("Zhang Min asks:", "Could you send the invoice for PX384A1B2C3D?", "About RMA RMA-7K3M-9Q2D")),
        CardSample.Of("info-request-no-case", new InfoRequestCard("Zhang Min asks:", "Which model is it?", null)),
    ];

    private static IReadOnlyList<ChoiceView> Models =>
        [new ChoiceView("Sample thermal camera 384 (SAMPLE-TC384)", "SAMPLE-TC384"), new ChoiceView("Sample thermal camera 640 (SAMPLE-TC640)", "SAMPLE-TC640")];
}
