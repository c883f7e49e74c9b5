using System.Text.Json.Nodes;
using NodaTime;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

public sealed class RmaScripts : RmaScriptBase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task P11_P12_P14_P15_HappyPath_FromHelloToTheRmaNumberWithItsCountdown()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.OpenAsync();
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D", noSubstitute: "true");
        Assert.Contains("Under warranty", chat.Texts, StringComparison.Ordinal);
        await AddUnitAsync(chat, "PX640A1B2C3D", model: "SAMPLE-TC640");

        var number = await ConfirmAsync(chat);

        var stored = (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value;
        Assert.Equal(RmaStatus.Authorized, stored.Status);
        Assert.Equal("contoso", stored.DistributorId);
        Assert.Equal(2, stored.Lines.Count);
        Assert.True(stored.Lines[0].NoSubstitute);
        Assert.Equal(new ConversationAddress(chat.Key.ChannelId, chat.Key.ConversationId), stored.RaisedIn);
        Assert.All(stored.Checklist, a => Assert.Equal(World.Clock.GetCurrentInstant(), a.At));
        var card = chat.Texts;
        Assert.Contains(number, card, StringComparison.Ordinal);
        Assert.Contains("30 days left, until 31 Dec 2026", card, StringComparison.Ordinal);
        Assert.Contains("Pixfra EU Repair Centre", card, StringComparison.Ordinal);
        Assert.Contains("Musterstraße 1", card, StringComparison.Ordinal);
        Assert.Contains("no substitute", card, StringComparison.Ordinal);
        Assert.Contains("not necessarily a new one", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P11_FactoryResetDeclined_IsRecordedWithItsTime_AndTheConsequenceIsSaid()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.SayAsync("new rma");
        await chat.ClickAsync("checklist.confirm");
        World.Clock.Advance(Duration.FromMinutes(2));
        await chat.ClickAsync("checklist.confirm");
        World.Clock.Advance(Duration.FromMinutes(3));
        var declinedAt = World.Clock.GetCurrentInstant();

        await chat.ClickAsync("checklist.decline");

        Assert.Contains("account password", chat.Texts, StringComparison.Ordinal);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        var number = await ConfirmAsync(chat);
        var reset = (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value.Checklist.Single(a => a.Item == ChecklistItem.FactoryReset);
        Assert.False(reset.Confirmed);
        Assert.Equal(declinedAt, reset.At);
    }

    [Fact]
    public async Task P11_BackupCannotBeDeclined_EvenByAForgedSubmit()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.SayAsync("new rma");

        await chat.SubmitRawAsync(new JsonObject { ["verb"] = "checklist.decline", ["item"] = "BackUpData" });

        Assert.Contains("must be confirmed", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("checklist-item", chat.LastCard!.TemplateName);
    }

    [Fact]
    public async Task P13_MalformedSerialNumber_IsRefusedWithTheReason_AndTheFormKeepsWhatWasTyped()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);

        await chat.ClickAsync("line.add", ("serialNumber", "PX384 A1B2"), ("model", "SAMPLE-TC384"), ("fault", "Fan noise"), ("painted", "no"), ("tampered", "no"), ("labelRemoved", "no"));

        Assert.Equal("product-line", chat.LastCard!.TemplateName);
        Assert.Contains("character 6", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("Fan noise", CardButtons.InputValue(chat.LastCard, "fault"));
        Assert.Equal("PX384 A1B2", CardButtons.InputValue(chat.LastCard, "serialNumber"));
    }

    [Fact]
    public async Task P13_ForgedCardData_IsValidatedOnTheServer()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        var caseToken = (string)CardButtons.Find(chat.LastCard!, "line.add")!["case"]!;

        await chat.SubmitRawAsync(new JsonObject
        {
            ["verb"] = "line.add",
            ["case"] = caseToken,
            ["serialNumber"] = "PX384A1B2C3D",
            ["model"] = "NOT-A-MODEL",
            ["fault"] = new string('x', 5000),
            ["painted"] = "maybe",
            ["tampered"] = 42,
            ["invoiceDate"] = "2099-01-01",
        });

        var texts = chat.Texts;
        Assert.Contains("Choose the model", texts, StringComparison.Ordinal);
        Assert.Contains("longer than 1000", texts, StringComparison.Ordinal);
        Assert.Contains("Has the unit been painted?", texts, StringComparison.Ordinal);
        Assert.Contains("after today", texts, StringComparison.Ordinal);
        Assert.Equal("product-line", chat.LastCard!.TemplateName);
    }

    [Fact]
    public async Task P13_CatalogMismatch_IsFlagged_NotFixed()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);

        await AddUnitAsync(chat, "PX640A1B2C3D", model: "SAMPLE-TC384");

        Assert.Contains("does not look like a serial number of SAMPLE-TC384", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P9_PaintedUnit_IsExcluded_AndCannotGetANumberAlone()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D", painted: "yes");

        await chat.ClickAsync("lines.done");

        Assert.Contains("paid repair through your seller", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("painted", chat.Texts, StringComparison.Ordinal);
        Assert.Null(CardButtons.Find(chat.LastCard!, "rma.confirm"));
    }

    [Fact]
    public async Task P4_WithoutInvoice_TheFactoryDeliveryDateFromTheRegistryIsTheStart()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384FACTORY1", invoiceDate: string.Empty);

        await ReviewAsync(chat, sendEvidence: false);

        Assert.Contains("1 Mar 2025, the day the unit left Pixfra manufacturing", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P4_NeitherDate_IsUnverified_AndGoesToStaffWhenTheRmaIsIssued()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        await AddUnitAsync(chat, "PX384NODATE1", invoiceDate: string.Empty);

        await ReviewAsync(chat, sendEvidence: true);
        Assert.Contains("Pixfra support will review", chat.Texts, StringComparison.Ordinal);
        await chat.ClickAsync("rma.confirm");

        var request = Assert.Single(await World.SupportRequests.ListRecentAsync(10, Ct));
        Assert.Equal(SupportRequestKind.WarrantyReview, request.Kind);
        Assert.Contains("PX384NODATE1", request.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P5_P6_BatteryOutWhileComponentsIn_IsShownOnTheReview()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D", invoiceDate: "2024-02-29");

        await ReviewAsync(chat, sendEvidence: false);

        Assert.Contains("Removable battery: the warranty ended on 28 Feb 2025", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Components: under warranty until the end of 28 Feb 2027", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P7_HolidayShift_IsExplainedOnTheReview()
    {
        World.Clock.Reset(Instant.FromUtc(2026, 10, 8, 2, 0));
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D", invoiceDate: "2023-10-03");

        await ReviewAsync(chat, sendEvidence: true);

        Assert.Contains("moved from 3 Oct 2026 to 8 Oct 2026", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("National Day", chat.Texts, StringComparison.Ordinal);
        Assert.NotNull(CardButtons.Find(chat.LastCard!, "rma.confirm"));
    }

    [Fact]
    public async Task P13_SameSerialNumberTwice_IsRefused_InThisRmaAndInAnotherOpenOne()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        await AddUnitAsync(chat, "px384a1b2c3d");
        Assert.Contains("already on this RMA", chat.Texts, StringComparison.Ordinal);
        var first = await ConfirmAsync(chat);

        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        Assert.Contains($"already on your open RMA {first}", chat.Texts, StringComparison.Ordinal);

        var other = ChatAs(RmaWorld.Megan, "personal-megan");
        await StartRmaAsync(other);
        await AddUnitAsync(other, "PX384A1B2C3D");
        Assert.Contains("already on another open RMA", other.Texts, StringComparison.Ordinal);
        Assert.DoesNotContain(first, other.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_OneBadLineDoesNotBlockTheOthers_AndComesBackWithItsReason()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await chat.ClickAsync("lines.bulk");

        await chat.ClickAsync(
            "lines.bulkAdd",
            ("units", "PX384A1B2C3D\tSAMPLE-TC384\tno image\nPX640A1B2C3D; 1.0.01.640-A1; fan noise, loud\nPX384 BAD; SAMPLE-TC384; dead\nPX384A1B2C3D, SAMPLE-TC384, duplicate\nPX384A1B2C3X; SAMPLE-TC999; unknown model"),
            ("condition", "clean"),
            ("invoiceDate", "2025-06-01"),
            ("noSubstitute", "false"));

        Assert.Contains("Added 2 unit(s); 3 line(s) need a fix.", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Line 3:", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Line 4: PX384A1B2C3D is already on this RMA", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Line 5: \"SAMPLE-TC999\"", chat.Texts, StringComparison.Ordinal);
        Assert.Equal("bulk-lines", chat.LastCard!.TemplateName);
        Assert.Equal("PX384 BAD; SAMPLE-TC384; dead\nPX384A1B2C3D, SAMPLE-TC384, duplicate\nPX384A1B2C3X; SAMPLE-TC999; unknown model", CardButtons.InputValue(chat.LastCard, "units"));

        await chat.ClickAsync("lines.form");
        await ReviewAsync(chat, sendEvidence: false);
        Assert.Contains("2 of 2 units are under warranty", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P12_DoubleClickedConfirm_CreatesOneRma()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        await ReviewAsync(chat, sendEvidence: true);
        var review = chat.LastCard!;

        await chat.ClickOnAsync(review, "rma.confirm");
        var first = chat.Texts;
        await chat.ClickOnAsync(review, "rma.confirm");

        Assert.Contains("already issued", chat.Texts, StringComparison.Ordinal);
        Assert.Single((await World.Cases.ListByDistributorAsync("contoso", new(10), Ct)).Items);
        var issued = RmaNumber.Parse((string)CardButtons.Find(review, "rma.confirm")!["case"]!).ToString();
        Assert.Contains(issued, first, StringComparison.Ordinal);
        Assert.Contains(issued, chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_AtAnyStep_TheConversationContinuesWhereItWas()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.SayAsync("new rma");
        await chat.ClickAsync("checklist.confirm");
        chat.RestartBot();
        await chat.ClickAsync("checklist.confirm");
        await chat.ClickAsync("checklist.confirm");
        await AddUnitAsync(chat, "PX384A1B2C3D");
        chat.RestartBot();

        var number = await ConfirmAsync(chat);

        Assert.NotNull(await World.Cases.GetAsync(RmaNumber.Parse(number), Ct));
    }

    [Fact]
    public async Task StaleCard_FromAnEarlierStep_ChangesNothing_AndShowsWhereWeAre()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await chat.SayAsync("new rma");
        var firstItem = chat.LastCard!;
        await chat.ClickAsync("checklist.confirm");

        await chat.ClickOnAsync(firstItem, "checklist.confirm");

        Assert.Contains("earlier step", chat.Texts, StringComparison.Ordinal);
        Assert.Contains("Delete private information", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_DiscardsTheDraft_AtAnyStep()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");

        await chat.SayAsync("cancel");

        Assert.Contains("discarded", chat.Texts, StringComparison.Ordinal);
        await chat.SayAsync("hello");
        Assert.Equal("welcome", chat.LastCard!.TemplateName);
        Assert.Empty((await World.Cases.ListByDistributorAsync("contoso", new(10), Ct)).Items);
    }

    [Fact]
    public async Task TalkToSupport_AtAnyStep_IsRecorded_AndTheStepIsKept()
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);

        await chat.SayAsync("talk to support");

        Assert.Contains("asked Pixfra support to join this chat", chat.Texts, StringComparison.Ordinal);
        Assert.Equal(Pixfra.Rma.Conversations.Takeover.HandoffReason.TalkToSupport, Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items).Value.Reason);
        await AddUnitAsync(chat, "PX384A1B2C3D");
        Assert.Contains("Added PX384A1B2C3D", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P12_NumberTakenMeanwhile_IsReplacedByAFreshOne_AndTheOtherCaseIsUntouched()
    {
        // The first number the world draws is already someone else's case.
        var taken = RmaNumber.FromEntropy([0, 0, 0, 0, 1]);
        await World.Cases.SaveAsync(RmaCase.StartDraft(taken, "fabrikam", "policy", null, World.Clock.GetCurrentInstant()), null, Ct);
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, "PX384A1B2C3D");

        var number = await ConfirmAsync(chat);

        Assert.NotEqual(taken.ToString(), number);
        Assert.Equal("fabrikam", (await World.Cases.GetAsync(taken, Ct))!.Value.DistributorId);
        Assert.Equal("contoso", (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value.DistributorId);
    }
}
