using Pixfra.Rma.Conversations.Checklist;
using Pixfra.Rma.Conversations.Commands;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Issue;
using Pixfra.Rma.Conversations.Lines;
using Pixfra.Rma.Conversations.MyRmas;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Conversations.WarrantyCheck;
using Pixfra.Rma.Conversations.Welcome;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// Sends each input to its step. Commands work at every step; card buttons are checked against the step and
/// the draft they were made for, so a stale or forged card changes nothing and the user is shown where they are.
/// </summary>
public static class FlowRouter
{
    public static async Task RouteAsync(FlowTurn turn, bool isNewConversation)
    {
        await IdentityResolver.ResolveAsync(turn);
        if (await TakeoverRouter.TryRouteAsync(turn))
        {
            return;
        }

        switch (turn.Input.Kind)
        {
            case TurnKind.ConversationStarted when isNewConversation:
                await WelcomeFlow.WelcomeAsync(turn);
                break;
            case TurnKind.ConversationStarted:
                break;
            case TurnKind.Invoke when turn.Input.Verb == "rma.refresh":
                await MyRmasFlow.RefreshAsync(turn, CardData.Text(turn.Input.Data, "rma"));
                break;
            case TurnKind.Invoke:
                break;
            case TurnKind.Message when turn.Input.Files.Count > 0:
                await FilesAsync(turn);
                break;
            case TurnKind.Message when CommandParser.Parse(turn.Input.Text) is { } command:
                await CommandAsync(turn, command.Kind, command.Argument);
                break;
            case TurnKind.Message:
                await FreeTextAsync(turn);
                break;
            case TurnKind.CardAction:
                await CardActionAsync(turn);
                break;
        }
    }

    private static async Task CommandAsync(FlowTurn turn, CommandKind kind, string? argument)
    {
        switch (kind)
        {
            case CommandKind.Help:
                await WelcomeFlow.WelcomeAsync(turn);
                return;
            case CommandKind.Cancel:
                Cancel(turn);
                return;
        }

        if (!await RequireDistributorAsync(turn, staffMay: kind is CommandKind.Status or CommandKind.Warranty))
        {
            return;
        }

        switch (kind)
        {
            case CommandKind.NewRma:
                await NewRmaAsync(turn);
                break;
            case CommandKind.MyRmas:
                await MyRmasFlow.ListAsync(turn, pageToken: null);
                break;
            case CommandKind.Status:
                await MyRmasFlow.StatusAsync(turn, argument);
                break;
            case CommandKind.Reissue:
                await ReissueFlow.ReissueAsync(turn, argument);
                break;
            case CommandKind.Warranty:
                await WarrantyCheckFlow.CheckAsync(turn, argument);
                break;
        }
    }

    private static async Task CardActionAsync(FlowTurn turn)
    {
        var data = turn.Input.Data;
        switch (turn.Input.Verb)
        {
            case "help":
                await CommandAsync(turn, CommandKind.Help, null);
                return;
            case "cancel":
                Cancel(turn);
                return;
            case "identity.endUser" when turn.State.Role is not (Role.Distributor or Role.Staff):
                WelcomeFlow.EndUser(turn);
                return;
            case "identity.distributor" when turn.State.Role is not (Role.Distributor or Role.Staff):
                await WelcomeFlow.DistributorAsync(turn, CardData.Text(data, "inviteCode"));
                return;
            case "identity.endUser" or "identity.distributor":
                await WelcomeFlow.WelcomeAsync(turn);
                return;
            case "rma.new":
                await CommandAsync(turn, CommandKind.NewRma, null);
                return;
            case "rma.list":
                if (await RequireDistributorAsync(turn, staffMay: false))
                {
                    await MyRmasFlow.ListAsync(turn, CardData.Text(data, "page"));
                }

                return;
            case "rma.status":
                await CommandAsync(turn, CommandKind.Status, CardData.Text(data, "rma"));
                return;
            case "rma.files":
                if (await RequireDistributorAsync(turn, staffMay: true))
                {
                    await EvidenceFilesFlow.ShowAsync(turn, CardData.Text(data, "rma"));
                }

                return;
            case "rma.reissue":
                await CommandAsync(turn, CommandKind.Reissue, CardData.Text(data, "rma"));
                return;
            case "rma.confirm":
                if (await RequireDistributorAsync(turn, staffMay: false))
                {
                    await IssueFlow.ConfirmAsync(turn, CardData.Text(data, "case"));
                }

                return;
        }

        await DraftActionAsync(turn);
    }

    /// <summary>Buttons that only mean something on the current draft, at the step the card was made for.</summary>
    private static async Task DraftActionAsync(FlowTurn turn)
    {
        var state = turn.State;
        var data = turn.Input.Data;
        var verb = turn.Input.Verb;
        if (state.Role != Role.Distributor || state.Draft is null)
        {
            await StaleAsync(turn);
            return;
        }

        var sameDraft = CardData.Text(data, "case") == state.Draft.Number.Symbols;
        switch (verb, state.Step)
        {
            case ("checklist.confirm", FlowStep.Checklist):
                ChecklistFlow.Answer(turn, CardData.Text(data, "item"), confirmed: true);
                break;
            case ("checklist.decline", FlowStep.Checklist):
                ChecklistFlow.Answer(turn, CardData.Text(data, "item"), confirmed: false);
                break;
            case ("line.add", FlowStep.Lines) when sameDraft:
                await LineFlow.AddAsync(turn);
                break;
            case ("lines.done", FlowStep.Lines) when sameDraft:
                LineFlow.Done(turn);
                break;
            case ("lines.bulk", FlowStep.Lines) when sameDraft:
                LineFlow.ShowBulk(turn, string.Empty, []);
                break;
            case ("lines.bulkAdd", FlowStep.BulkLines) when sameDraft:
                await LineFlow.AddBulkAsync(turn);
                break;
            case ("lines.form", FlowStep.BulkLines or FlowStep.Review or FlowStep.Lines or FlowStep.Evidence) when sameDraft:
                LineFlow.ShowForm(turn, values: null, errors: []);
                break;
            case ("evidence.assign", FlowStep.Evidence) when sameDraft:
                EvidenceFlow.Assign(turn);
                break;
            case ("evidence.done", FlowStep.Evidence) when sameDraft:
                EvidenceFlow.Done(turn);
                break;
            case ("evidence.show", FlowStep.Review or FlowStep.Evidence) when sameDraft:
                EvidenceFlow.Show(turn, []);
                break;
            default:
                await StaleAsync(turn);
                break;
        }
    }

    /// <summary>Files are taken while the photos and documents are asked for (or at the review); anywhere else they are not stored.</summary>
    private static async Task FilesAsync(FlowTurn turn)
    {
        if (turn.State.Role == Role.Distributor && turn.State.Draft is not null && turn.State.Step is FlowStep.Evidence or FlowStep.Review)
        {
            await EvidenceFlow.ReceiveAsync(turn);
            return;
        }

        turn.Say("Evidence_NotNow");
        await ShowCurrentStepAsync(turn);
    }

    private static async Task FreeTextAsync(FlowTurn turn)
    {
        if (turn.State.Step == FlowStep.Idle)
        {
            if (turn.State.Role is Role.Distributor or Role.Staff)
            {
                turn.Say("Flow_NotUnderstood");
            }

            await WelcomeFlow.WelcomeAsync(turn);
            return;
        }

        turn.Say("Flow_UseTheCard");
        await ShowCurrentStepAsync(turn);
    }

    private static async Task StaleAsync(FlowTurn turn)
    {
        turn.Say("Flow_StaleCard");
        await ShowCurrentStepAsync(turn);
    }

    internal static async Task ShowCurrentStepAsync(FlowTurn turn)
    {
        var hasDraft = turn.State.Draft is not null && turn.State.Role == Role.Distributor;
        switch (turn.State.Step)
        {
            case FlowStep.Identity:
                WelcomeFlow.AskIdentity(turn, error: null);
                break;
            case FlowStep.Checklist when hasDraft:
                ChecklistFlow.ShowCurrent(turn);
                break;
            case FlowStep.Lines when hasDraft:
                LineFlow.ShowForm(turn, values: null, errors: []);
                break;
            case FlowStep.BulkLines when hasDraft:
                LineFlow.ShowBulk(turn, string.Empty, []);
                break;
            case FlowStep.Evidence when hasDraft:
                EvidenceFlow.Show(turn, []);
                break;
            case FlowStep.Review when hasDraft:
                ReviewFlow.Show(turn);
                break;
            default:
                turn.State = turn.State with { Step = FlowStep.Idle, Draft = null };
                await WelcomeFlow.WelcomeAsync(turn);
                break;
        }
    }

    private static async Task NewRmaAsync(FlowTurn turn)
    {
        if (turn.State.Draft is not null)
        {
            turn.Say("NewRma_DraftReplaced");
        }

        var distributor = await turn.Services.Distributors.GetAsync(turn.State.DistributorId!, turn.CancellationToken);
        var draft = RmaCase.StartDraft(
            turn.Services.Numbers.Draw(),
            turn.State.DistributorId!,
            turn.Services.Options.PolicyVersion,
            distributor?.Value.RepairStationId,
            turn.Now);
        turn.Say("NewRma_Intro");
        turn.State = turn.State with { PendingFiles = null, FailedUploads = 0 };
        ChecklistFlow.Start(turn, draft);
    }

    private static void Cancel(FlowTurn turn)
    {
        if (turn.State.Draft is null)
        {
            turn.State = turn.State with { Step = turn.State.Step == FlowStep.Identity ? FlowStep.Identity : FlowStep.Idle };
            turn.Say("Cancel_Nothing");
            return;
        }

        turn.State = turn.State with { Step = FlowStep.Idle, Draft = null, ChecklistIndex = 0, PendingFiles = null, FailedUploads = 0 };
        turn.Say("Cancel_Done");
    }

    /// <summary>P1: only authorized distributors (and, for look-ups, staff) get past here.</summary>
    private static async Task<bool> RequireDistributorAsync(FlowTurn turn, bool staffMay)
    {
        switch (turn.State.Role)
        {
            case Role.Distributor:
            case Role.Staff when staffMay:
                return true;
            case Role.Staff:
                turn.Say("Staff_NotForStaff");
                return false;
            case Role.EndUser:
                WelcomeFlow.EndUser(turn);
                return false;
            case Role.UnregisteredDistributor:
                turn.Say("Registration_Pending");
                return false;
            default:
                await WelcomeFlow.WelcomeAsync(turn);
                return false;
        }
    }
}
