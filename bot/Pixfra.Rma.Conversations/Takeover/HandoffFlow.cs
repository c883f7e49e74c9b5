using System.Globalization;
using System.Security.Cryptography;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Welcome;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Staff takeover (PROTOCOL.md §6, "bot as proxy"): escalate to the staff channel, claim (the handoff's ETag decides
/// who was first), relay both ways while a person owns the chat, hand back to a step, resolve, or stop waiting.
/// Messages to the other side are <see cref="OutboundMessage"/>s, delivered by the host after the state write.
/// </summary>
public static class HandoffFlow
{
    private const int Attempts = 3;

    /// <summary>
    /// Hands the conversation to staff: records the handoff with a snapshot of the case or draft and the last
    /// messages, tells the distributor what happens next and posts the card to the staff channel. Also the entry
    /// point of automatic escalations (unverified warranty, unknown identity, repeated upload failures).
    /// </summary>
    public static async Task<Handoff> EscalateAsync(FlowTurn turn, HandoffReason reason, string? detail, RmaCase? rmaCase = null)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var store = turn.Services.HandoffStore;
        if (await store.FindActiveByDistributorConversationAsync(turn.Conversation, turn.CancellationToken) is { } open)
        {
            turn.State = turn.State with { HandoffId = open.Value.Id };
            turn.Say("Handoff_AlreadyWaiting", open.Value.Id);
            return open.Value;
        }

        var distributorName = turn.State.DistributorId is { } distributorId
            ? (await turn.Services.Distributors.GetAsync(distributorId, turn.CancellationToken))?.Value.Name
            : null;
        var snapshot = rmaCase ?? turn.State.Draft;
        var handoff = new Handoff(
            NewId(turn),
            reason,
            detail is null ? null : Transcript.Clip(detail),
            HandoffState.Waiting,
            turn.Conversation,
            turn.Speaker,
            turn.State.DistributorId,
            distributorName,
            turn.Culture.Name,
            snapshot?.Number.ToString(),
            snapshot,
            turn.State.Transcript ?? [],
            turn.Now,
            turn.Now);
        await store.SaveAsync(handoff, expectedETag: null, turn.CancellationToken);
        turn.State = turn.State with { HandoffId = handoff.Id };
        turn.Say("Handoff_Waiting", handoff.Id);
        turn.Outbound.Add(OutboundMessage.StartThread(handoff.Id, Reply.OfCard(Card(turn, handoff))));
        return handoff;
    }

    /// <summary>Take over: the first claim written wins; anyone later gets the card showing who has it.</summary>
    public static async Task ClaimAsync(FlowTurn turn, string? handoffId)
    {
        var me = await MeAsync(turn);
        for (var attempt = 1; ; attempt++)
        {
            if (await LoadAsync(turn, handoffId) is not { } stored)
            {
                return;
            }

            var handoff = stored.Value;
            var rerun = IsThisTurns(turn, handoff.ClaimedAt) && handoff.ClaimedBy?.StaffId == me.StaffId;
            if (handoff.State != HandoffState.Waiting && !rerun)
            {
                turn.InvokeCard = Card(turn, handoff);
                if (handoff.ClaimedBy is { } owner && owner.StaffId != me.StaffId && turn.Input.Kind != TurnKind.Invoke)
                {
                    turn.Say("Handoff_AlreadyClaimed", owner.Name);
                }

                return;
            }

            // What the distributor wrote while waiting is on the card the owner takes over with.
            var waiting = await turn.Services.StateStore.GetAsync<ConversationState>(handoff.DistributorConversation, turn.CancellationToken);
            var claimed = rerun ? handoff : handoff with
            {
                State = HandoffState.Claimed,
                ClaimedBy = me,
                ClaimedAt = turn.Now,
                Transcript = waiting?.Value.Transcript ?? handoff.Transcript,
            };
            try
            {
                if (!rerun)
                {
                    await turn.Services.HandoffStore.SaveAsync(claimed, stored.ETag, turn.CancellationToken);
                }
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }

            await OtherConversations.UpdateAsync(turn, handoff.DistributorConversation, s => s with { Takeover = new StaffTakeover(me.StaffId, me.Name, turn.Now), HandoffId = handoff.Id });
            await RecordOnCaseAsync(turn, claimed, me, $"{me.Name}: {BotText.Get("Handoff_Claim_Button", CultureInfo.InvariantCulture)}");
            Refresh(turn, claimed);
            turn.Outbound.Add(OutboundMessage.Send(handoff.DistributorConversation, Reply.OfText(BotText.Format("Handoff_Joined", DistributorCulture(handoff), me.Name))));
            return;
        }
    }

    /// <summary>While a person owns the chat the bot runs no flow there: what the distributor does goes to the staff thread.</summary>
    public static async Task<bool> RelayFromDistributorAsync(FlowTurn turn)
    {
        if (turn.Input.Kind == TurnKind.Invoke)
        {
            // A card refreshing itself (Action.Execute, often automatic) is no message to anyone: let it refresh.
            return false;
        }

        var stored = turn.State.HandoffId is { } id ? await turn.Services.HandoffStore.GetAsync(id, turn.CancellationToken) : null;
        if (stored is not { Value.State: HandoffState.Claimed })
        {
            // The handoff closed without this chat being told (e.g. it was resolved while a write raced): resume.
            turn.State = turn.State with { Takeover = null, HandoffId = stored?.Value.IsActive == true ? stored.Value.Id : null };
            return false;
        }

        var handoff = stored.Value;
        var staff = StaffCulture(turn);
        var who = MarkdownEscaper.Escape(Transcript.Who(turn));
        var text = turn.Input switch
        {
            { Kind: TurnKind.Message, Text: { Length: > 0 } typed } => BotText.Format("Relay_FromDistributor", staff, who, MarkdownEscaper.Escape(typed)),
            { Kind: TurnKind.CardAction, Verb: { } verb } => BotText.Format("Relay_DistributorClicked", staff, who, MarkdownEscaper.Escape(Transcript.Clip(verb))),
            _ => null,
        };
        // Files are named, not forwarded: they are not inspected outside the photo step, and links to the chat's
        // copies need the sender's rights. Staff ask for them through the photos step or "Request info".
        var files = turn.Input.Files.Take(10).Select(f => BotText.Format(
            "Relay_File", staff, who, MarkdownEscaper.Escape(Transcript.Clip(f.Name ?? "?"))));
        if (handoff.StaffThread is { } thread)
        {
            foreach (var relayed in (text is null ? files : files.Prepend(text)).ToList())
            {
                turn.Outbound.Add(OutboundMessage.Send(thread, Reply.OfText(relayed)));
            }
        }

        return true;
    }

    /// <summary>Staff typing in a handoff's thread: the owner's words go to the distributor; anyone else gets a hint.</summary>
    public static async Task<bool> RelayFromStaffAsync(FlowTurn turn)
    {
        if (turn.Input.Text is not { Length: > 0 } text
            || await turn.Services.HandoffStore.FindByStaffThreadAsync(turn.Conversation, turn.CancellationToken) is not { } stored)
        {
            return false;
        }

        var handoff = stored.Value;
        var me = await MeAsync(turn);
        switch (handoff)
        {
            case { State: HandoffState.Claimed, ClaimedBy: { } owner } when owner.StaffId == me.StaffId:
                var relayed = BotText.Format("Relay_FromSupport", DistributorCulture(handoff), MarkdownEscaper.Escape(me.Name), MarkdownEscaper.Escape(text));
                turn.Outbound.Add(OutboundMessage.Send(handoff.DistributorConversation, Reply.OfText(relayed)));
                break;
            case { State: HandoffState.Claimed, ClaimedBy: { } owner }:
                turn.Say("Handoff_OnlyOwner", owner.Name);
                break;
            case { State: HandoffState.Waiting }:
                turn.Say("Handoff_TakeOverFirst");
                break;
            default:
                turn.Say("Handoff_Closed");
                break;
        }

        return true;
    }

    /// <summary>Ends the takeover: the distributor is told and the flow resumes at <paramref name="stepName"/> (menu by default).</summary>
    public static async Task HandBackAsync(FlowTurn turn, string? handoffId, string? stepName)
    {
        var step = stepName is null ? "menu" : ParseStep(stepName);
        if (step is null)
        {
            turn.Say("Staff_HandBack_Usage");
            return;
        }

        var me = await MeAsync(turn);
        var closed = await CloseAsync(turn, handoffId, me, requireClaimed: true);
        if (closed is null)
        {
            return;
        }

        var resumed = await OtherConversations.UpdateAsync(turn, closed.DistributorConversation, s => Resume(s, closed.Id, step));
        var culture = DistributorCulture(closed);
        var distributorTurn = new FlowTurn(turn.Services, closed.DistributorConversation, closed.Requester, TurnInput.Message(string.Empty, closed.Locale), culture, turn.Now, resumed, turn.CancellationToken);
        distributorTurn.Say("Handoff_HandedBack");
        if (resumed.Step == FlowStep.Idle)
        {
            await WelcomeFlow.WelcomeAsync(distributorTurn);
        }
        else
        {
            await FlowRouter.ShowCurrentStepAsync(distributorTurn);
        }

        turn.Outbound.AddRange(distributorTurn.Replies.Select(r => OutboundMessage.Send(closed.DistributorConversation, r)));
        turn.Say("Handoff_HandedBackStaff", me.Name, HandoffCardView.StepTitle(step, turn.Culture));
        await RecordOnCaseAsync(turn, closed, me, $"{me.Name}: {BotText.Get("Handoff_HandBack_Button", CultureInfo.InvariantCulture)} ({step})");
    }

    /// <summary>Closes the handoff (waiting or owned); a chat that was taken over is handed back to the menu.</summary>
    public static async Task ResolveAsync(FlowTurn turn, string? handoffId)
    {
        var me = await MeAsync(turn);
        var closed = await CloseAsync(turn, handoffId, me, requireClaimed: false);
        if (closed is null)
        {
            return;
        }

        await OtherConversations.UpdateAsync(turn, closed.DistributorConversation, s => s.HandoffId == closed.Id ? s with { Takeover = null, HandoffId = null } : s);
        turn.Outbound.Add(OutboundMessage.Send(closed.DistributorConversation, Reply.OfText(BotText.Format("Handoff_ResolvedForDistributor", DistributorCulture(closed), closed.Id))));
        turn.Say("Handoff_ResolvedStaff", me.Name);
        await RecordOnCaseAsync(turn, closed, me, $"{me.Name}: {BotText.Get("Handoff_Resolve_Button", CultureInfo.InvariantCulture)}");
    }

    /// <summary>The distributor's "cancel" while nobody has claimed the handoff yet. False when there is nothing to cancel.</summary>
    public static async Task<bool> CancelWaitingAsync(FlowTurn turn)
    {
        var stored = turn.State.HandoffId is { } id ? await turn.Services.HandoffStore.GetAsync(id, turn.CancellationToken) : null;
        var rerun = stored is { Value.State: HandoffState.Cancelled } && IsThisTurns(turn, stored.Value.ClosedAt);
        if (stored is not { Value.State: HandoffState.Waiting } && !rerun)
        {
            if (stored?.Value.IsActive != true)
            {
                turn.State = turn.State with { HandoffId = null };
            }

            return false;
        }

        var cancelled = stored!.Value with { State = HandoffState.Cancelled, ClosedAt = turn.Now };
        if (!rerun)
        {
            await turn.Services.HandoffStore.SaveAsync(cancelled, stored.ETag, turn.CancellationToken);
        }

        turn.State = turn.State with { HandoffId = null };
        turn.Say("Handoff_Cancelled", cancelled.Id);
        UpdateStaffCard(turn, cancelled);
        if (cancelled.StaffThread is { } thread)
        {
            turn.Outbound.Add(OutboundMessage.Send(thread, Reply.OfText(BotText.Get("Handoff_CancelledStaff", StaffCulture(turn)))));
        }

        return true;
    }

    /// <summary>"Request info" on the card: the question reaches the distributor's chat as a card.</summary>
    public static async Task RequestInfoAsync(FlowTurn turn, string? handoffId, string? question)
    {
        if (await LoadAsync(turn, handoffId) is not { } stored)
        {
            return;
        }

        var handoff = stored.Value;
        turn.InvokeCard = Card(turn, handoff);
        if (!handoff.IsActive)
        {
            Tell(turn, "Handoff_Closed");
            return;
        }

        if (string.IsNullOrWhiteSpace(question))
        {
            Tell(turn, "Handoff_QuestionMissing");
            return;
        }

        var me = await MeAsync(turn);
        var clipped = Transcript.Clip(question);
        var issued = handoff.Case is { Status: not RmaStatus.Draft } ? handoff.CaseNumber : null;
        turn.Outbound.Add(OutboundMessage.Send(handoff.DistributorConversation, InfoRequest(turn, me.Name, clipped, issued, DistributorCulture(handoff))));
        turn.Say("Handoff_Asked", me.Name, clipped);
        await RecordOnCaseAsync(turn, handoff, me, clipped, CaseEventKind.InformationRequested);
    }

    public static Reply InfoRequest(FlowTurn turn, string staffName, string question, string? caseNumber, CultureInfo culture) =>
        Reply.OfCard(CardRenderer.Render(
            new InfoRequestCard(BotText.Format("InfoRequest_From", culture, staffName), question, caseNumber is null ? null : BotText.Format("InfoRequest_Case", culture, caseNumber)),
            culture));

    public static CultureInfo StaffCulture(FlowTurn turn) => BotCulture.FromLocale(turn.Services.SupportSettings.StaffLocale);

    public static CultureInfo DistributorCulture(Handoff handoff) => BotCulture.FromLocale(handoff.Locale);

    public static RenderedCard Card(FlowTurn turn, Handoff handoff) => HandoffCardView.Render(handoff, StaffCulture(turn));

    /// <summary>The step named in "hand back …" (English or Chinese), or null.</summary>
    public static string? ParseStep(string text)
    {
        var typed = Commands.CommandParser.Normalize(text);
        foreach (var step in HandoffCardView.Steps)
        {
            foreach (var culture in BotCulture.Supported)
            {
                var keywords = BotText.Get($"Step_{char.ToUpperInvariant(step[0])}{step[1..]}_Keywords", culture)
                    .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (keywords.Any(k => Commands.CommandParser.Normalize(k) == typed))
                {
                    return step;
                }
            }
        }

        return null;
    }

    public static async Task<HandoffStaff> MeAsync(FlowTurn turn)
    {
        var id = turn.State.StaffId ?? turn.Speaker.UserId;
        var member = await turn.Services.Staff.GetAsync(id, turn.CancellationToken);
        return new HandoffStaff(id, member?.Value.Name ?? turn.Speaker.Name ?? id);
    }

    public static Actor StaffActor(HandoffStaff me) => new(ActorKind.Staff, me.StaffId, me.Name);

    private static ConversationState Resume(ConversationState state, string handoffId, string step)
    {
        if (state.HandoffId != handoffId && state.Takeover is null)
        {
            return state;
        }

        var hasDraft = state.Draft is not null && state.Role == Role.Distributor;
        var target = (step, hasDraft) switch
        {
            ("checklist", true) => FlowStep.Checklist,
            ("units", true) => FlowStep.Lines,
            ("photos", true) when state.Draft!.Lines.Count > 0 => FlowStep.Evidence,
            ("review", true) when state.Draft!.Lines.Count > 0 => FlowStep.Review,
            _ => FlowStep.Idle,
        };
        return state with { Takeover = null, HandoffId = null, Step = target, ChecklistIndex = target == FlowStep.Checklist ? 0 : state.ChecklistIndex };
    }

    /// <summary>Closes an active handoff the speaker may close, updates its card, and returns it; otherwise says why and returns null.</summary>
    private static async Task<Handoff?> CloseAsync(FlowTurn turn, string? handoffId, HandoffStaff me, bool requireClaimed)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = handoffId is null
                ? await turn.Services.HandoffStore.FindByStaffThreadAsync(turn.Conversation, turn.CancellationToken)
                : await LoadAsync(turn, handoffId);
            if (stored is null)
            {
                if (handoffId is null)
                {
                    turn.Say("Handoff_NotAThread");
                }

                return null;
            }

            var handoff = stored.Value;
            turn.InvokeCard = Card(turn, handoff);
            if (handoff is { State: HandoffState.Resolved } && IsThisTurns(turn, handoff.ClosedAt) && (handoff.ClaimedBy is null || handoff.ClaimedBy.StaffId == me.StaffId))
            {
                // This turn closed it and is being run again: say and send everything again.
                Refresh(turn, handoff);
                return handoff;
            }

            switch (handoff)
            {
                case { IsActive: false }:
                    Tell(turn, "Handoff_Closed");
                    return null;
                case { State: HandoffState.Waiting } when requireClaimed:
                    Tell(turn, "Handoff_TakeOverFirst");
                    return null;
                case { State: HandoffState.Claimed, ClaimedBy: { } owner } when owner.StaffId != me.StaffId:
                    Tell(turn, "Handoff_OnlyOwner", owner.Name);
                    return null;
            }

            var closed = handoff with { State = HandoffState.Resolved, ClosedAt = turn.Now };
            try
            {
                await turn.Services.HandoffStore.SaveAsync(closed, stored.ETag, turn.CancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                continue;
            }

            Refresh(turn, closed);
            return closed;
        }
    }

    /// <summary>
    /// True when <paramref name="at"/> is this turn's instant: the change was written by this very turn, which is
    /// being run again after a concurrent write to its own conversation (RmaConversation keeps the instant across
    /// the rerun). The rerun then repeats the messages of the first run, which were not sent.
    /// </summary>
    private static bool IsThisTurns(FlowTurn turn, NodaTime.Instant? at) => at == turn.Now;

    private static async Task<Versioned<Handoff>?> LoadAsync(FlowTurn turn, string? handoffId)
    {
        var stored = handoffId is { Length: > 0 and <= 64 } ? await turn.Services.HandoffStore.GetAsync(handoffId, turn.CancellationToken) : null;
        if (stored is null)
        {
            Tell(turn, "Handoff_NotFound");
        }

        return stored;
    }

    /// <summary>The clicked card is replaced, and the posted card is updated for everyone in the thread.</summary>
    private static void Refresh(FlowTurn turn, Handoff handoff)
    {
        turn.InvokeCard = Card(turn, handoff);
        UpdateStaffCard(turn, handoff);
    }

    private static void UpdateStaffCard(FlowTurn turn, Handoff handoff)
    {
        if (handoff is { StaffThread: { } thread, CardActivityId: { } activityId })
        {
            turn.Outbound.Add(OutboundMessage.Update(thread, activityId, Reply.OfCard(Card(turn, handoff))));
        }
    }

    /// <summary>A refusal or hint: the invoke's banner for a click, a message for typed commands.</summary>
    private static void Tell(FlowTurn turn, string key, params object?[] args)
    {
        if (turn.Input.Kind == TurnKind.Invoke)
        {
            turn.InvokeMessage = turn.Text(key, args);
        }
        else
        {
            turn.Say(key, args);
        }
    }

    private static async Task RecordOnCaseAsync(FlowTurn turn, Handoff handoff, HandoffStaff me, string text, CaseEventKind kind = CaseEventKind.Takeover)
    {
        if (handoff.Case is not { Status: not RmaStatus.Draft } || !RmaNumber.TryParse(handoff.CaseNumber, out var number))
        {
            return;
        }

        await StaffCases.ModifyAsync(turn, number, StaffActor(me), h => h.Kind == kind && h.Reason == text, c => c.Record(kind, turn.Now, StaffActor(me), text));
    }

    private static string NewId(FlowTurn turn) =>
        $"H-{ChinaTime.DateAt(turn.Now).ToString("uuuuMMdd", CultureInfo.InvariantCulture)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
}
