using System.Text.Json.Nodes;
using NodaTime;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

/// <summary>P10, P13: photos and documents are asked for, checked by their content, stored once and listed.</summary>
public sealed class EvidenceScripts : RmaScriptBase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Chat> OnEvidenceStepAsync(string locale = "en-US", string invoiceDate = "2025-06-01")
    {
        var chat = ChatAs(RmaWorld.Alex, locale: locale);
        await chat.OpenAsync();
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D", invoiceDate: invoiceDate);
        await chat.ClickAsync("lines.done");
        Assert.Equal("evidence-request", chat.LastCard!.TemplateName);
        return chat;
    }

    [Fact]
    public async Task P13_P10_EachFileIsAskedForInTurn_AndTheCaseKeepsWhatWasSent()
    {
        var chat = await OnEvidenceStepAsync();
        Assert.Contains("Now send: Label photo of unit 1 (PX384A1B2C3D)", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Invoice or receipt dated 1 Jun 2025 (units 1)", chat.Texts, StringComparison.Ordinal);

        await chat.SendFilesAsync(("label.jpg", EvidenceSamples.Photo(1)));
        Assert.Contains("Saved as: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Now send: Overall photo of unit 1", chat.Texts, StringComparison.Ordinal);
        await chat.SendFilesAsync(("unit.png", EvidenceSamples.Photo(2, png: true)));
        await chat.SendFilesAsync(("invoice.pdf", EvidenceSamples.InvoicePdf()));
        Assert.Contains("Everything needed is here", chat.Texts, StringComparison.Ordinal);

        await chat.ClickAsync("evidence.done");
        Assert.Contains("invoice.pdf", chat.Texts, StringComparison.Ordinal);
        await chat.ClickAsync("rma.confirm");
        var number = (string)chat.LastCard!.Card["refresh"]!["action"]!["data"]!["rma"]!;

        var stored = (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value;
        Assert.Equal(
            [(EvidenceKind.LabelPhoto, (int?)1, "image/jpeg", "label.jpg"), (EvidenceKind.AppearancePhoto, 1, "image/png", "unit.png"), (EvidenceKind.Invoice, null, "application/pdf", "invoice.pdf")],
            stored.Evidence.Select(e => (e.Kind, e.LineNumber, e.ContentType, e.FileName)));
        var invoice = stored.Evidence.Single(e => e.Kind == EvidenceKind.Invoice);
        Assert.Equal(new LocalDate(2025, 6, 1), invoice.Proves);
        Assert.All(stored.Evidence, e =>
        {
            Assert.Equal("aad-alex", e.UploadedBy.Id);
            Assert.Equal(World.Clock.GetCurrentInstant(), e.UploadedAt);
            Assert.Equal(e.BlobName, e.Sha256);
            Assert.True(e.SizeBytes > 0);
        });
        foreach (var evidence in stored.Evidence)
        {
            await using var content = await World.Blobs.OpenReadAsync(evidence.BlobName, Ct);
            Assert.NotNull(content);
        }
    }

    [Fact]
    public async Task P13_ABlurredPhoto_IsRefusedWithTheReason_AndTheSameFileIsStillAskedFor()
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendFilesAsync(("label.jpg", EvidenceSamples.BlurredPhoto()));

        Assert.Contains("label.jpg was not accepted: the picture is too blurred to read", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Now send: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(0, World.StoredBlobCount);

        await chat.SendFilesAsync(("label-again.jpg", EvidenceSamples.Photo(3)));
        Assert.Contains("Saved as: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(1, World.StoredBlobCount);
    }

    [Theory]
    [InlineData("drawing.jpg", "svg", "drawings (SVG) are not accepted")]
    [InlineData("empty.jpg", "empty", "the file is empty")]
    [InlineData("scan.jpg", "truncated", "the file is damaged or incomplete")]
    [InlineData("IMG_0001.HEIC", "heic", "HEIC pictures")]
    [InlineData("notes.txt", "text", "it is not a JPEG or PNG picture or a PDF document")]
    public async Task P13_FilesThatAreNotUsablePictures_AreRefusedWithTheirOwnReason(string name, string sample, string reason)
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendFilesAsync((name, EvidenceSamples.Hostile(sample)));

        Assert.Contains($"{name} was not accepted: {reason}", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Now send: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(0, World.StoredBlobCount);
    }

    [Fact]
    public async Task APdfRenamedToJpg_IsTakenAsTheDocumentItIs_NotAsAPhoto()
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendFilesAsync(("label.jpg", EvidenceSamples.InvoicePdf()));

        Assert.Contains("Saved as: Invoice or receipt dated 1 Jun 2025", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Now send: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSamePhotoSentForTwoPlaces_IsRefused_AndStoredOnce()
    {
        var chat = await OnEvidenceStepAsync();
        var photo = EvidenceSamples.Photo(4);

        await chat.SendFilesAsync(("a.jpg", photo));
        await chat.SendFilesAsync(("b.jpg", photo));

        Assert.Contains("b.jpg was not accepted: the same file is already saved as: Label photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Now send: Overall photo of unit 1", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(1, World.StoredBlobCount);
    }

    [Fact]
    public async Task SeveralFilesAtOnce_AreStored_AndPlacedFromTheCard_WithTheAskedOrderSuggested()
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendFilesAsync(("1.jpg", EvidenceSamples.Photo(5)), ("2.jpg", EvidenceSamples.Photo(6)), ("invoice.pdf", EvidenceSamples.InvoicePdf()));

        Assert.Equal("evidence-assign", chat.LastCard!.TemplateName);
        Assert.Equal(3, World.StoredBlobCount);
        await chat.ClickAsync("evidence.assign");

        Assert.Equal("evidence-request", chat.LastCard!.TemplateName);
        Assert.Contains("Everything needed is here", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("1.jpg", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P10_AShippingDocument_KeepsTheShipmentDateItProves_AndNeedsOne()
    {
        var chat = await OnEvidenceStepAsync();
        await chat.SendFilesAsync(("label.jpg", EvidenceSamples.Photo(7)), ("delivery-note.pdf", EvidenceSamples.InvoicePdf(pages: 2)));

        await chat.ClickAsync("evidence.assign", ("file1", "label:1"), ("file2", "shipping"));
        Assert.Contains("delivery-note.pdf was not accepted: a shipping document needs the date", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("evidence-assign", chat.LastCard!.TemplateName);

        await chat.ClickAsync("evidence.assign", ("file2", "shipping"), ("shippedOn", "2025-05-20"));
        Assert.Contains("shipped 20 May 2025", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedPlacement_OfAPdfAsAPhoto_IsRefused_AndTheFileWaits()
    {
        var chat = await OnEvidenceStepAsync();
        await chat.SendFilesAsync(("a.pdf", EvidenceSamples.InvoicePdf()), ("b.jpg", EvidenceSamples.Photo(8)));
        var caseToken = (string)CardButtonsData(chat)["case"]!;

        await chat.SubmitRawAsync(new JsonObject { ["verb"] = "evidence.assign", ["case"] = caseToken, ["file1"] = "label:1", ["file2"] = "label:9" });

        Assert.Contains("a.pdf was not accepted: a photo is needed here", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("b.jpg was not accepted: choose what the file is", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("evidence-assign", chat.LastCard!.TemplateName);
    }

    [Fact]
    public async Task FilesSentBeforeTheyAreAskedFor_AreNotStored()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.OpenAsync();
        await StartRmaAsync(chat);

        await chat.SendFilesAsync(("label.jpg", EvidenceSamples.Photo(9)));

        Assert.Contains("Nothing was stored", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("product-line", chat.LastCard!.TemplateName);
        Assert.Equal(0, World.StoredBlobCount);
    }

    [Fact]
    public async Task TheNumberIsNotIssued_WhileAFileIsMissing_EvenFromAForgedConfirm()
    {
        var chat = await OnEvidenceStepAsync();
        var caseToken = (string)CardButtonsData(chat)["case"]!;
        await chat.ClickAsync("evidence.done");
        Assert.DoesNotContain("rma.confirm", CardButtons.Verbs(chat.LastCard!));
        Assert.Contains("3 photo(s) or document(s) are still missing", chat.Texts, StringComparison.Ordinal);

        await chat.SubmitRawAsync(new JsonObject { ["verb"] = "rma.confirm", ["case"] = caseToken });

        Assert.Contains("still missing", chat.Texts, StringComparison.Ordinal);
        Assert.Empty(await World.Cases.ListByDistributorAsync("contoso", new Persistence.PageRequest(10, null), Ct) is { Items: var items } ? items : []);
    }

    [Fact]
    public async Task DownloadsThatFail_SayWhy_AndAfterSeveralAPersonIsOffered()
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendUnavailableFileAsync("huge.jpg", FileUnavailableReason.TooLarge);
        Assert.Contains("huge.jpg was not accepted: the file is too large to download", chat.Texts, StringComparison.Ordinal);
        Assert.DoesNotContain("support", CardButtons.Verbs(chat.LastCard!));
        await chat.SendUnavailableFileAsync("elsewhere.jpg", FileUnavailableReason.UntrustedSource);
        await chat.SendFilesAsync(("blurred.jpg", EvidenceSamples.BlurredPhoto()));

        Assert.Contains("support", CardButtons.Verbs(chat.LastCard!));
    }

    [Fact]
    public async Task MoreThanTenFilesAtOnce_OnlyTheFirstTenAreRead()
    {
        var chat = await OnEvidenceStepAsync();

        await chat.SendFilesAsync([.. Enumerable.Range(0, 12).Select(i => ($"empty-{i}.jpg", Array.Empty<byte>()))]);

        Assert.Contains("At most 10 files can be sent at once; the last 2 were not read", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(10, chat.Texts.Split("was not accepted").Length - 1);
    }

    [Fact]
    public async Task RefusalsAreInTheUsersLanguage()
    {
        var chat = await OnEvidenceStepAsync(locale: "zh-CN");

        await chat.SendFilesAsync(("标签.jpg", EvidenceSamples.BlurredPhoto()));

        Assert.Contains("标签.jpg 未被接受：图片太模糊无法辨认", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFilesOfAnRma_OpenForItsOwnerAndStaff_AndForNoOtherDistributor()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await alex.OpenAsync();
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);

        await alex.ClickAsync("rma.files");
        Assert.Equal("evidence-files", alex.LastCard!.TemplateName);
        Assert.Equal(3, alex.LastCard.Card.ToJsonString().Split("https://files.test/").Length - 1);

        var megan = ChatAs(RmaWorld.Megan, "personal-megan");
        await megan.OpenAsync();
        await megan.SubmitRawAsync(new JsonObject { ["verb"] = "rma.files", ["rma"] = number });
        Assert.DoesNotContain("files.test", megan.Texts, StringComparison.Ordinal);
        Assert.Contains($"No RMA {number} was found for your organisation", megan.Texts, StringComparison.Ordinal);

        var staff = ChatAs(RmaWorld.Staff, "personal-staff");
        await staff.OpenAsync();
        await staff.SubmitRawAsync(new JsonObject { ["verb"] = "rma.files", ["rma"] = number });
        Assert.Contains("files.test", staff.LastCard!.Card.ToJsonString(), StringComparison.Ordinal);
    }

    private static JsonObject CardButtonsData(Chat chat) =>
        CardButtons.Find(chat.LastCard!, CardButtons.Verbs(chat.LastCard!).First(v => v.StartsWith("evidence.", StringComparison.Ordinal)))!;
}
