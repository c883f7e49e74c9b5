using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Tests.Takeover;

/// <summary>Issue 7's staff commands and issue 8's status-change cards: what staff can do to a case, and who may.</summary>
public sealed class StaffCommandScripts : TakeoverScriptBase
{
    private async Task<(Chat Alex, Chat Zhang, string Number)> IssuedAsync()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);
        return (alex, ChatAs(RmaWorld.Staff, "personal-zhang"), number);
    }

    private async Task<RmaCase> CaseAsync(string number) => (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value;

    [Fact]
    public async Task Lookup_ByNumberOrSerial_ShowsEverything_IncludingStaffOnlyNotes_WhichTheDistributorNeverSees()
    {
        var (alex, zhang, number) = await IssuedAsync();
        await SayAsync(zhang, $"note {number} Called them: unit was dropped");

        var lookup = await SayAsync(zhang, $"rma {number}");
        var files = Assert.Single(lookup.Replies, r => r.Card?.TemplateName == "evidence-files").Card!;
        Assert.Equal(3, files.Card.ToJsonString().Split("https://files.test/").Length - 1);
        var byNumber = Text(lookup);
        var bySerial = Text(await SayAsync(zhang, "rma px384a1b2c3d"));

        foreach (var view in new[] { byNumber, bySerial })
        {
            Assert.Contains($"RMA {number} · Contoso Thermal Ltd", view, StringComparison.Ordinal);
            Assert.Contains("Line 1: PX384A1B2C3D · SAMPLE-TC384 · Under warranty", view, StringComparison.Ordinal);
            Assert.Contains("Back up programs and data ✔ 1 Dec 2026 09:00", view, StringComparison.Ordinal);
            Assert.Contains("Photos and documents:", view, StringComparison.Ordinal);
            Assert.Contains("LabelPhoto, line 1: image/jpeg", view, StringComparison.Ordinal);
            Assert.Contains("Zhang Min: note (staff only): Called them: unit was dropped", view, StringComparison.Ordinal);
        }

        await alex.SayAsync($"status {number}");
        Assert.DoesNotContain("dropped", alex.Texts, StringComparison.Ordinal);
        var refused = await SayAsync(alex, $"rma {number}");
        Assert.Contains("Only Pixfra support staff", Text(refused), StringComparison.Ordinal);
        Assert.Contains("No RMA found for RMA-0000-0000", Text(await SayAsync(zhang, "rma RMA-0000-0000")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetStatus_ThroughTheLifecycle_RecordsWhoAndWhen_AndCardsReachTheDistributorsChat()
    {
        var (alex, zhang, number) = await IssuedAsync();

        await SayAsync(zhang, $"set {number} received");
        await SayAsync(zhang, $"设置状态 {number} 检测中");
        await SayAsync(zhang, $"set {number} in repair");
        await SayAsync(zhang, $"set {number} shipped back");
        var noReason = await SayAsync(zhang, $"set {number} closed");
        var closed = await SayAsync(zhang, $"set {number} closed Repaired, tested and Returned");

        Assert.Contains("needs a reason", Text(noReason), StringComparison.Ordinal);
        Assert.Contains($"RMA {number} is now: Closed", Text(closed), StringComparison.Ordinal);
        var rmaCase = await CaseAsync(number);
        Assert.Equal(RmaStatus.Closed, rmaCase.Status);
        Assert.Equal(
            [RmaStatus.Received, RmaStatus.Inspecting, RmaStatus.InRepair, RmaStatus.ShippedBack, RmaStatus.Closed],
            rmaCase.History.Where(h => h.Actor.Kind == ActorKind.Staff).Select(h => h.To));
        Assert.All(rmaCase.History.Where(h => h.To != RmaStatus.Authorized), h => Assert.Equal(new Actor(ActorKind.Staff, "staff-zhang", "Zhang Min"), h.Actor));
        Assert.Equal("Repaired, tested and Returned", rmaCase.History[^1].Reason);

        var cards = Outbox.To(alex.Key).Select(r => r.Card!).ToList();
        Assert.All(cards, c => Assert.Equal("status-change", c.TemplateName));
        Assert.Equal(5, cards.Count);
        Assert.Contains("Your units have arrived at the repair station.", cards[0].FallbackText, StringComparison.Ordinal);
        Assert.Contains("Your units are on their way back to you.", cards[3].FallbackText, StringComparison.Ordinal);
        Assert.Contains("Reason: Repaired, tested and Returned", cards[4].FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetStatus_ThatTheLifecycleRefuses_ChangesNothing_AndSaysWhatIsPossible()
    {
        var (alex, zhang, number) = await IssuedAsync();
        var before = await World.Cases.GetAsync(RmaNumber.Parse(number), Ct);

        var skipped = await SayAsync(zhang, $"set {number} shipped back");
        var unknown = await SayAsync(zhang, $"set {number} lost in space");

        Assert.Contains("Not done: RMA", Text(skipped), StringComparison.Ordinal);
        Assert.Contains("Received", Text(skipped), StringComparison.Ordinal);
        Assert.Contains("Type: set RMA-XXXX-XXXX", Text(unknown), StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.ETag);
        Assert.Empty(Outbox.To(alex.Key));
    }

    [Fact]
    public async Task Exclude_AfterInspection_MarksTheLineWithItsReason_OnlyOnceReceived()
    {
        var (_, zhang, number) = await IssuedAsync();

        var early = await SayAsync(zhang, $"exclude {number} 1 Housing painted");
        await SayAsync(zhang, $"set {number} received");
        var noLine = await SayAsync(zhang, $"exclude {number} 9 Housing painted");
        var done = await SayAsync(zhang, $"exclude {number} 1 Housing painted");

        Assert.Contains("units are excluded on inspection", Text(early), StringComparison.Ordinal);
        Assert.Contains("has no line 9", Text(noLine), StringComparison.Ordinal);
        Assert.Contains($"Line 1 of RMA {number} is excluded: Housing painted", Text(done), StringComparison.Ordinal);
        var rmaCase = await CaseAsync(number);
        Assert.Equal("Housing painted", rmaCase.Lines[0].ExcludedAfterInspection);
        Assert.False(rmaCase.Lines[0].IsCovered);
        var entry = rmaCase.History[^1];
        Assert.Equal((CaseEventKind.LineExcluded, 1, "staff-zhang"), (entry.Kind, entry.LineNumber!.Value, entry.Actor.Id));
    }

    [Fact]
    public async Task Ask_SendsAnInformationRequestCardToTheChatTheRmaWasRaisedIn_AndRecordsIt()
    {
        var (alex, zhang, number) = await IssuedAsync();

        var asked = await SayAsync(zhang, $"ask {number} Please send the Invoice for PX384A1B2C3D");

        Assert.Contains($"Asked the distributor about RMA {number}", Text(asked), StringComparison.Ordinal);
        var card = Assert.Single(Outbox.To(alex.Key)).Card!;
        Assert.Equal("info-request", card.TemplateName);
        Assert.Contains($"About RMA {number}", card.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Please send the Invoice for PX384A1B2C3D", card.FallbackText, StringComparison.Ordinal);
        Assert.Equal(CaseEventKind.InformationRequested, (await CaseAsync(number)).History[^1].Kind);

        // The card's button asks for a person to answer to.
        await DeliverAsync(await alex.ClickOnAsync(card, "support"));
        Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items);
    }

    [Theory]
    [InlineData("set {0} received")]
    [InlineData("exclude {0} 1 painted")]
    [InlineData("ask {0} anything?")]
    [InlineData("note {0} secret")]
    [InlineData("hand back")]
    [InlineData("resolve")]
    public async Task StaffCommand_TypedByADistributor_IsRefused_AndTheCaseIsUntouched(string command)
    {
        var (alex, _, number) = await IssuedAsync();
        var before = await World.Cases.GetAsync(RmaNumber.Parse(number), Ct);

        var output = await SayAsync(alex, string.Format(System.Globalization.CultureInfo.InvariantCulture, command, number));

        Assert.Equal("Only Pixfra support staff can do that.", Text(output));
        Assert.Empty(output.OutboundMessages);
        Assert.Equal(before!.ETag, (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.ETag);
    }

    [Fact]
    public async Task HandBackOrResolve_OutsideAThread_SaysWhereTheyWork()
    {
        var zhang = ChatAs(RmaWorld.Staff, "personal-zhang");

        Assert.Contains("work in a support request's thread", Text(await SayAsync(zhang, "hand back")), StringComparison.Ordinal);
        Assert.Contains("Type: hand back [menu", Text(await SayAsync(zhang, "hand back somewhere")), StringComparison.Ordinal);
    }
}
