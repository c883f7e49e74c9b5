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
            new RepairStationView("Pixfra EU Repair Centre", "Musterstraße 1\n10115 Berlin\nGermany"),
            HasFiles: true)),
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
                 new MessageView("Components: under warranty until the end of 8 Oct 2026 (China time), 3-year term.")],
                [new EvidenceItemView("Label photo", "label.jpg (1.2 MB)", "Good"), new EvidenceItemView("Overall photo", "Missing", "Attention"),
                 new EvidenceItemView("Invoice", "invoice-2023-10.pdf (240 KB)", "Good")]),
             new ReviewLineView("2 · PX384ZZZZZZZ · SAMPLE-TC384", "Paid repair through your seller", "Attention",
                [new MessageView("The unit has been painted, so the RMA policy does not apply.")])],
            "Only units under warranty travel on the RMA number.",
            CanConfirm: false,
            IsDraft: true,
            OfferSupport: false,
            "7K3M9Q2D",
            OfferEvidence: true)),
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
        CardSample.Of("evidence-request", new EvidenceRequestCard(
            [new EvidenceItemView("Label photo of unit 1 (PX384A1B2C3D), showing SN, PN and model", "label.jpg (1.2 MB)", "Good"),
             new EvidenceItemView("Overall photo of unit 1 (PX384A1B2C3D), showing the whole unit", "Missing", "Attention"),
             new EvidenceItemView("Invoice or receipt dated 3 Oct 2023 (units 1)", "Missing", "Attention")],
            "Now send: Overall photo of unit 1 (PX384A1B2C3D), showing the whole unit",
            [new MessageView("Saved as: Label photo of unit 1 (PX384A1B2C3D), showing SN, PN and model."),
             new MessageView("IMG_0042.HEIC was not accepted: HEIC pictures (the iPhone default) cannot be read here.")],
            OfferSupport: true,
            "7K3M9Q2D")),
        CardSample.Of("evidence-request-complete", new EvidenceRequestCard(
            [new EvidenceItemView("Label photo of unit 1 (PX384A1B2C3D), showing SN, PN and model", "label.jpg (1.2 MB)", "Good")],
            "Everything needed is here.",
            [],
            OfferSupport: false,
            "7K3M9Q2D")),
        CardSample.Of("evidence-files", new EvidenceFilesCard(
            "RMA-7K3M-9Q2D",
            [new EvidenceFileView("Label photo · unit 1 (PX384A1B2C3D)", "label.jpg (1.2 MB)", "https://bot.example.com/files/" + new string('a', 64) + "?exp=1&sig=x"),
             new EvidenceFileView("Invoice · 3 Oct 2023", "invoice.pdf (240 KB)", "https://bot.example.com/files/" + new string('b', 64) + "?exp=1&sig=y")],
            "The links work for 15 minutes; ask again for new ones.")),
        CardSample.Of("evidence-files-none", new EvidenceFilesCard("RMA-7K3M-9Q2D", [], string.Empty)),
        CardSample.Of("evidence-assign", new EvidenceAssignCard(
            [new PendingFileView("file1", "IMG_0001.jpg", "Picture, 2.3 MB",
                [new ChoiceView("Label photo of unit 1 (PX384A1B2C3D)", "label:1"), new ChoiceView("Not needed: discard it", "discard")], "label:1"),
             new PendingFileView("file2", "delivery-note.pdf", "PDF document, 120 KB",
                [new ChoiceView("Shipping document", "shipping"), new ChoiceView("Not needed: discard it", "discard")], string.Empty)],
            [new MessageView("scan.svg was not accepted: drawings (SVG) are not accepted.")],
            [new MessageView("delivery-note.pdf was not accepted: a shipping document needs the date the units were shipped to you.")],
            "2026-12-02",
            "7K3M9Q2D")),
        CardSample.Of("rma-reminder-days-left", new ReminderCard(
            "RMA-7K3M-9Q2D",
            "7 days left on RMA-7K3M-9Q2D",
            "This is a reminder because RMA number RMA-7K3M-9Q2D ends soon: it is valid until 24:00 China time on 23 Dec 2026.",
            "Next step: ship the products below with the RMA number on the parcel.",
            IsExpired: false,
            [new RmaNumberCardLine("PF2023A00017", "SAMPLE-TC384"), new RmaNumberCardLine("PF2022B01234", "SAMPLE-TC640")])),
        CardSample.Of("rma-reminder-expired", new ReminderCard(
            "RMA-7K3M-9Q2D",
            "RMA-7K3M-9Q2D has expired",
            "RMA number RMA-7K3M-9Q2D ended at 24:00 China time on 23 Dec 2026, its last day.",
            "Next step: reissue the number to get a new one with 30 new days.",
            IsExpired: true,
            [])),
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
