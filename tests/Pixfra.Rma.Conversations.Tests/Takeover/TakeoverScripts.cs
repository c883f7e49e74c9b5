using System.Text.Json.Nodes;
using NodaTime;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Conversations.Tests.Scripts;

namespace Pixfra.Rma.Conversations.Tests.Takeover;

/// <summary>Issue 7: escalation, the claim race, relaying both ways, hand back, resolve, cancel, queue and re-announcing.</summary>
public sealed class TakeoverScripts : TakeoverScriptBase
{
    [Fact]
    public async Task TalkToSupport_PostsACardWithTheWholeStory_AndTellsTheDistributorWhatHappensNext()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384NODATE1", invoiceDate: string.Empty);
        await SayAsync(alex, "the camera *smells* [burnt](https://evil.example)");

        var (handoff, _, card) = await EscalateAsync(alex);

        Assert.Contains($"asked Pixfra support to join this chat (reference {handoff.Id})", alex.Texts, StringComparison.Ordinal);
        Assert.Equal(HandoffState.Waiting, handoff.State);
        Assert.Equal("handoff", card.TemplateName);
        var text = card.FallbackText;
        Assert.Contains("Alex Wilber", text, StringComparison.Ordinal);
        Assert.Contains("Contoso Thermal Ltd", text, StringComparison.Ordinal);
        Assert.Contains($"{handoff.CaseNumber} (draft, not issued)", text, StringComparison.Ordinal);
        Assert.Contains("PX384NODATE1", text, StringComparison.Ordinal);
        Assert.Contains("Back up programs and data: confirmed 1 Dec 2026 09:00", text, StringComparison.Ordinal);
        Assert.Contains("PX384NODATE1: an invoice date or a factory delivery record", text, StringComparison.Ordinal);
        Assert.Contains("Asked to talk to support", text, StringComparison.Ordinal);
        Assert.Contains("smells", text, StringComparison.Ordinal);
        Assert.Contains(@"\\[burnt\\]", card.Card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["handoff.claim", "handoff.requestInfo", "handoff.resolve"], card.Card["actions"]!.AsArray().Select(a => (string)a!["verb"]!));
    }

    [Fact]
    public async Task TwoStaffRacingToTakeOver_OneOwnsIt_TheOtherSeesWhoHasIt()
    {
        await SeedLiAsync();
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        var li = ChatAs(Li, handoff.StaffThread!.ConversationId);

        var outputs = await Task.WhenAll(
            Task.Run(() => ExecuteAsync(zhang, card, "handoff.claim"), Ct),
            Task.Run(() => ExecuteAsync(li, card, "handoff.claim"), Ct));

        var stored = await HandoffAsync(handoff.Id);
        Assert.Equal(HandoffState.Claimed, stored.State);
        var owner = stored.ClaimedBy!.Name;
        Assert.All(outputs, o => Assert.Contains($"Taken over by {owner}", o.InvokeCard!.FallbackText, StringComparison.Ordinal));
        Assert.Equal(owner, (await StateOf(alex))!.Takeover!.StaffName);
        Assert.Single(Outbox.To(alex.Key), r => r.Text!.Contains($"{owner} from Pixfra support has joined", StringComparison.Ordinal));
        Assert.Contains($"Taken over by {owner}", Outbox.PostedCard(stored.CardActivityId!).Card!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistributorWritingDuringATakeover_IsRelayedToTheThread_AndTheBotStaysSilent()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        await SayAsync(alex, "Is anyone there?");
        var claimed = await ExecuteAsync(zhang, card, "handoff.claim");
        Assert.Contains("Is anyone there?", claimed.InvokeCard!.FallbackText, StringComparison.Ordinal);

        var typed = await SayAsync(alex, "It smells **burnt**");
        var command = await SayAsync(alex, "new rma");

        Assert.Empty(typed.Replies);
        Assert.Empty(command.Replies);
        var thread = Outbox.TextsTo(handoff.StaffThread!);
        Assert.Contains(@"Distributor Alex Wilber: It smells \*\*burnt\*\*", thread, StringComparison.Ordinal);
        Assert.Contains("Distributor Alex Wilber: new rma", thread, StringComparison.Ordinal);
        Assert.Equal(FlowStep.Lines, (await StateOf(alex))!.Step);
    }

    [Fact]
    public async Task DistributorFilesDuringATakeover_AreNamedInTheThread_AndCardsStillRefresh()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        await ExecuteAsync(zhang, card, "handoff.claim");

        var typed = await SayAsync(alex, "here is the label");
        var sent = await DeliverAsync(await alex.SendFilesAsync(("label_[1].jpg", [0xFF, 0xD8, 0xFF]), ("scan.pdf", [0x25, 0x50])));
        var refreshed = await DeliverAsync(await alex.RefreshAsync(number));

        Assert.Empty(typed.Replies);
        Assert.Empty(sent.Replies);
        var thread = Outbox.TextsTo(handoff.StaffThread!);
        Assert.Contains("Distributor Alex Wilber: here is the label", thread, StringComparison.Ordinal);
        Assert.Contains(@"Alex Wilber sent a file: label\_\[1\].jpg", thread, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber sent a file: scan.pdf", thread, StringComparison.Ordinal);
        Assert.Equal("rma-number", refreshed.InvokeCard!.TemplateName);
        Assert.DoesNotContain("rma.refresh", Outbox.TextsTo(handoff.StaffThread!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseSpeakingDistributor_IsToldInChinese_AndStaffRepliesArriveInChinese()
    {
        var alex = ChatAs(RmaWorld.Alex, locale: "zh-CN");
        var (handoff, zhang, card) = await EscalateAsync(alex, "人工客服");
        await ExecuteAsync(zhang, card, "handoff.claim");

        await SayAsync(zhang, "请发送发票");

        Assert.Contains($"我已请 Pixfra 支持人员加入此聊天（参考号 {handoff.Id}）", alex.Texts, StringComparison.Ordinal);
        Assert.Contains("Pixfra 支持人员 Zhang Min 已加入此聊天", Outbox.TextsTo(alex.Key), StringComparison.Ordinal);
        Assert.Contains("支持人员（Zhang Min）：请发送发票", Outbox.TextsTo(alex.Key), StringComparison.Ordinal);
        Assert.Contains("Support request", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TalkingToSupportTwice_KeepsOneHandoff()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, _, _) = await EscalateAsync(alex);

        var again = await SayAsync(alex, "talk to support");

        Assert.Contains($"Pixfra support already knows (reference {handoff.Id})", Text(again), StringComparison.Ordinal);
        Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items);
        Assert.Empty(again.OutboundMessages);
    }

    [Fact]
    public async Task StaffReplyInTheThread_ReachesTheDistributorAsSupport_OnlyFromTheOwner()
    {
        await SeedLiAsync();
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        var li = ChatAs(Li, handoff.StaffThread!.ConversationId);

        var early = await SayAsync(zhang, "Hello?");
        Assert.Contains("Take this request over on the card first", Text(early), StringComparison.Ordinal);
        await ExecuteAsync(zhang, card, "handoff.claim");
        var reply = await SayAsync(zhang, "Please send the invoice for this unit.");
        var other = await SayAsync(li, "I can help too");

        Assert.Empty(reply.Replies);
        Assert.Contains("Support (Zhang Min): Please send the invoice for this unit.", Outbox.TextsTo(alex.Key), StringComparison.Ordinal);
        Assert.Contains("Zhang Min owns this conversation", Text(other), StringComparison.Ordinal);
        Assert.DoesNotContain("I can help too", Outbox.TextsTo(alex.Key), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandBackToANamedStep_TellsTheDistributor_AndTheBotAnswersAgainThere()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var (handoff, zhang, card) = await EscalateAsync(alex);
        await ExecuteAsync(zhang, card, "handoff.claim");

        var back = await SayAsync(zhang, "hand back review");

        Assert.Contains("handed the chat back to the assistant at: Warranty review", Text(back), StringComparison.Ordinal);
        var toAlex = Outbox.To(alex.Key);
        Assert.Contains(toAlex, r => r.Text?.Contains("handed this chat back to me", StringComparison.Ordinal) == true);
        Assert.Equal("warranty-review", toAlex[^1].Card!.TemplateName);
        var state = (await StateOf(alex))!;
        Assert.Null(state.Takeover);
        Assert.Equal(FlowStep.Review, state.Step);
        Assert.Equal(HandoffState.Resolved, (await HandoffAsync(handoff.Id)).State);

        // The bot answers again, at that step: editing the units shows their form.
        await alex.ClickOnAsync(toAlex[^1].Card!, "lines.form");
        Assert.Equal("product-line", alex.LastCard!.TemplateName);
    }

    [Fact]
    public async Task HandBackOnTheCard_WithAStepChoice_ResumesThere()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        var claimed = await ExecuteAsync(zhang, card, "handoff.claim");

        var back = await ExecuteAsync(zhang, claimed.InvokeCard!, "handoff.handBack", ("step", "units"));

        Assert.Contains("Closed at", back.InvokeCard!.FallbackText, StringComparison.Ordinal);
        Assert.Equal("product-line", Outbox.To(alex.Key)[^1].Card!.TemplateName);
        Assert.Equal(FlowStep.Lines, (await StateOf(alex))!.Step);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        Assert.Contains("Added PX384A1B2C3D", alex.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonStaffPressingAStaffButtonOrTypingAStaffCommand_IsRefused_AndNothingChanges()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, _, card) = await EscalateAsync(alex);
        var megan = ChatAs(RmaWorld.Megan, handoff.StaffThread!.ConversationId);
        var before = await World.Handoffs.GetAsync(handoff.Id, Ct);

        var pressed = await ExecuteAsync(megan, card, "handoff.claim");
        var resolved = await ExecuteAsync(megan, card, "handoff.resolve");
        var typed = await SayAsync(ChatAs(RmaWorld.Megan, "personal-megan"), "queue");
        var forged = await DeliverAsync(await megan.SubmitRawAsync(new JsonObject { ["verb"] = "handoff.claim", ["handoff"] = handoff.Id }));

        Assert.Equal("Only Pixfra support staff can do that.", pressed.InvokeMessage);
        Assert.Equal("Only Pixfra support staff can do that.", resolved.InvokeMessage);
        Assert.Null(pressed.InvokeCard);
        Assert.Contains("Only Pixfra support staff", Text(typed), StringComparison.Ordinal);
        Assert.Contains("Only Pixfra support staff", Text(forged), StringComparison.Ordinal);
        Assert.Equal(before!.ETag, (await World.Handoffs.GetAsync(handoff.Id, Ct))!.ETag);
        Assert.Null((await StateOf(alex))!.Takeover);
        Assert.Empty(pressed.OutboundMessages);
    }

    [Fact]
    public async Task Queue_ListsUnclaimedHandoffsOldestFirst_AndDropsClaimedOnes()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (first, zhang, card) = await EscalateAsync(alex);
        World.Clock.Advance(Duration.FromMinutes(3));
        var (second, _, _) = await EscalateAsync(ChatAs(RmaWorld.Megan, "personal-megan"));
        World.Clock.Advance(Duration.FromMinutes(2));
        var staffChat = ChatAs(RmaWorld.Staff, "personal-zhang");

        var queue = Text(await SayAsync(staffChat, "queue"));
        Assert.Contains("Waiting for support: 2", queue, StringComparison.Ordinal);
        Assert.True(queue.IndexOf(first.Id, StringComparison.Ordinal) < queue.IndexOf(second.Id, StringComparison.Ordinal));
        Assert.Contains("Alex Wilber (Contoso Thermal Ltd) · Asked to talk to support · waiting 5 min", queue, StringComparison.Ordinal);

        await ExecuteAsync(zhang, card, "handoff.claim");
        var after = Text(await SayAsync(staffChat, "队列"));
        Assert.DoesNotContain(first.Id, after, StringComparison.Ordinal);
        Assert.Contains(second.Id, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnclaimedHandoff_IsAnnouncedAgainAfterTheConfiguredTime_Once()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, _, _) = await EscalateAsync(alex);

        World.Clock.Advance(Duration.FromMinutes(14));
        var early = await HandoffReannouncer.DueAsync(World.Handoffs, World.Support, World.Clock.GetCurrentInstant(), Ct);
        World.Clock.Advance(Duration.FromMinutes(2));
        var due = await HandoffReannouncer.DueAsync(World.Handoffs, World.Support, World.Clock.GetCurrentInstant(), Ct);
        var again = await HandoffReannouncer.DueAsync(World.Handoffs, World.Support, World.Clock.GetCurrentInstant(), Ct);

        Assert.Empty(early);
        var reminder = Assert.Single(due);
        Assert.Equal(handoff.StaffThread, reminder.Target);
        Assert.Contains("Still waiting after 16 min: Alex Wilber (Contoso Thermal Ltd)", reminder.Reply.Text, StringComparison.Ordinal);
        Assert.Empty(again);
        World.Clock.Advance(Duration.FromMinutes(15));
        Assert.Single(await HandoffReannouncer.DueAsync(World.Handoffs, World.Support, World.Clock.GetCurrentInstant(), Ct));
    }

    [Fact]
    public async Task ClaimedHandoff_IsNotAnnouncedAgain()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (_, zhang, card) = await EscalateAsync(alex);
        await ExecuteAsync(zhang, card, "handoff.claim");

        World.Clock.Advance(Duration.FromHours(1));

        Assert.Empty(await HandoffReannouncer.DueAsync(World.Handoffs, World.Support, World.Clock.GetCurrentInstant(), Ct));
    }

    [Fact]
    public async Task CancelWhileWaiting_StopsWaiting_UpdatesTheStaffCard_AndKeepsTheDraft()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);

        var cancelled = await SayAsync(alex, "cancel");

        Assert.Contains($"You stopped waiting for support (reference {handoff.Id})", Text(cancelled), StringComparison.Ordinal);
        var stored = await HandoffAsync(handoff.Id);
        Assert.Equal(HandoffState.Cancelled, stored.State);
        Assert.Contains("Cancelled by the distributor", Outbox.PostedCard(stored.CardActivityId!).Card!.FallbackText, StringComparison.Ordinal);
        Assert.Contains("The distributor stopped waiting", Outbox.TextsTo(handoff.StaffThread!), StringComparison.Ordinal);
        Assert.Equal(FlowStep.Lines, (await StateOf(alex))!.Step);

        var late = await ExecuteAsync(zhang, card, "handoff.claim");
        Assert.Contains("Cancelled by the distributor", late.InvokeCard!.FallbackText, StringComparison.Ordinal);
        Assert.Null((await StateOf(alex))!.Takeover);
    }

    [Fact]
    public async Task Resolve_ClosesTheHandoff_TellsTheDistributor_AndTheBotIsBack()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        await ExecuteAsync(zhang, card, "handoff.claim");

        var resolved = await SayAsync(zhang, "resolve");

        Assert.Contains("Zhang Min resolved this request", Text(resolved), StringComparison.Ordinal);
        Assert.Contains($"closed your request {handoff.Id}", Outbox.TextsTo(alex.Key), StringComparison.Ordinal);
        Assert.Equal(HandoffState.Resolved, (await HandoffAsync(handoff.Id)).State);
        await alex.SayAsync("my rmas");
        Assert.Equal("rma-list", alex.LastCard!.TemplateName);
    }

    [Fact]
    public async Task RequestInfo_OnTheCard_SendsTheQuestionToTheDistributorsChat()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (_, zhang, card) = await EscalateAsync(alex);

        var empty = await ExecuteAsync(zhang, card, "handoff.requestInfo");
        var asked = await ExecuteAsync(zhang, card, "handoff.requestInfo", ("question", "Which firmware version is installed?"));

        Assert.Equal("Write the question in the box first.", empty.InvokeMessage);
        Assert.NotNull(asked.InvokeCard);
        var request = Outbox.To(alex.Key)[^1].Card!;
        Assert.Equal("info-request", request.TemplateName);
        Assert.Contains("Zhang Min asks:", request.FallbackText, StringComparison.Ordinal);
        Assert.Contains("Which firmware version is installed?", request.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WarrantyUnverifiedAtIssue_EscalatesByItself_WithTheIssuedCase()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        await AddUnitAsync(alex, "PX384NODATE1", invoiceDate: string.Empty);
        await ReviewAsync(alex, sendEvidence: true);

        await ClickAsync(alex, "rma.confirm");

        var handoff = Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items).Value;
        Assert.Equal(HandoffReason.WarrantyUnverified, handoff.Reason);
        Assert.Contains("PX384NODATE1", handoff.Detail, StringComparison.Ordinal);
        Assert.Equal(Domain.Cases.RmaStatus.Authorized, handoff.Case!.Status);
        Assert.Contains("Warranty could not be verified", Outbox.To(handoff.StaffThread!)[0].Card!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RepeatedUploadFailures_ThenSupport_IsEscalatedWithThatReason_AndHandBackToPhotosResumesThere()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        await alex.ClickAsync("lines.done");
        await alex.SendUnavailableFileAsync("huge.jpg", Evidence.FileUnavailableReason.TooLarge);
        await alex.SendUnavailableFileAsync("elsewhere.jpg", Evidence.FileUnavailableReason.UntrustedSource);
        await alex.SendFilesAsync(("blurred.jpg", Testing.Evidence.EvidenceSamples.BlurredPhoto()));

        await ClickAsync(alex, "support");

        var handoff = Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items).Value;
        Assert.Equal(HandoffReason.RepeatedUploadFailures, handoff.Reason);
        var card = Outbox.To(handoff.StaffThread!)[0].Card!;
        Assert.Contains("Photos or documents kept failing the checks", card.FallbackText, StringComparison.Ordinal);
        Assert.Contains("3 files refused in a row", card.FallbackText, StringComparison.Ordinal);
        Assert.Contains("PX384A1B2C3D: label and appearance photos", card.FallbackText, StringComparison.Ordinal);

        var zhang = ChatAs(RmaWorld.Staff, handoff.StaffThread!.ConversationId);
        await ExecuteAsync(zhang, card, "handoff.claim");
        await SayAsync(zhang, "hand back photos");
        Assert.Equal("evidence-request", Outbox.To(alex.Key)[^1].Card!.TemplateName);
        Assert.Equal(FlowStep.Evidence, (await StateOf(alex))!.Step);
    }

    [Fact]
    public async Task UnknownDistributor_IsEscalatedAsIdentityUnknown()
    {
        var stranger = ChatAs(RmaWorld.Stranger, "personal-stranger");
        await stranger.OpenAsync();

        await ClickAsync(stranger, "identity.distributor");

        var handoff = Assert.Single((await World.Handoffs.ListWaitingAsync(new(5), Ct)).Items).Value;
        Assert.Equal(HandoffReason.IdentityUnknown, handoff.Reason);
        Assert.Contains("Not in the distributor directory", Outbox.To(handoff.StaffThread!)[0].Card!.FallbackText, StringComparison.Ordinal);
    }
}
