using Pixfra.Rma.Conversations.Commands;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Lines;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Runs before the flows: a chat a support person owns only relays; "talk to support" escalates; staff buttons and
/// commands go to staff code, and only for staff (a press or command by anyone else is refused and changes nothing);
/// staff typing in a handoff thread relays to the distributor.
/// </summary>
public static class TakeoverRouter
{
    public static async Task<bool> TryRouteAsync(FlowTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var input = turn.Input;
        if (turn.State.Takeover is not null && turn.State.Role != Role.Staff && await HandoffFlow.RelayFromDistributorAsync(turn))
        {
            return true;
        }

        Transcript.RecordInput(turn);
        if (input.Verb is { } verb && verb.StartsWith("handoff.", StringComparison.Ordinal))
        {
            await StaffButtonAsync(turn, verb);
            return true;
        }

        if (input.Kind == TurnKind.CardAction && input.Verb == "support")
        {
            await EscalateAsync(turn);
            return true;
        }

        if (input.Kind != TurnKind.Message)
        {
            return false;
        }

        if (CommandParser.Parse(input.Text) is { } command)
        {
            switch (command)
            {
                case { Kind: CommandKind.TalkToSupport }:
                    await EscalateAsync(turn);
                    return true;
                case { Kind: CommandKind.Cancel } when turn.State.HandoffId is not null:
                    return await HandoffFlow.CancelWaitingAsync(turn);
                case { IsStaffOnly: true } when turn.State.Role != Role.Staff:
                    Refuse(turn);
                    return true;
                case { IsStaffOnly: true }:
                    await StaffCommands.RunAsync(turn, command);
                    return true;
                default:
                    return false;
            }
        }

        return turn.State.Role == Role.Staff && await HandoffFlow.RelayFromStaffAsync(turn);
    }

    private static async Task StaffButtonAsync(FlowTurn turn, string verb)
    {
        if (turn.State.Role != Role.Staff)
        {
            Refuse(turn);
            return;
        }

        var data = turn.Input.Data;
        var handoffId = CardData.Text(data, "handoff");
        switch (verb)
        {
            case "handoff.claim":
                await HandoffFlow.ClaimAsync(turn, handoffId);
                break;
            case "handoff.requestInfo":
                await HandoffFlow.RequestInfoAsync(turn, handoffId, CardData.Text(data, "question"));
                break;
            case "handoff.handBack":
                await HandoffFlow.HandBackAsync(turn, handoffId, CardData.Text(data, "step") ?? "menu");
                break;
            case "handoff.resolve":
                await HandoffFlow.ResolveAsync(turn, handoffId);
                break;
            default:
                turn.Say("Flow_StaleCard");
                break;
        }
    }

    private static async Task EscalateAsync(FlowTurn turn)
    {
        if (turn.State.Role == Role.Staff)
        {
            turn.Say("Staff_NotForStaff");
            return;
        }

        // The photos step offers a person after files kept being refused: say so on the staff card.
        var uploadsFailing = turn.State is { Step: FlowStep.Evidence, FailedUploads: >= Evidence.EvidenceFlow.RefusalsBeforeOfferingSupport };
        await HandoffFlow.EscalateAsync(
            turn,
            uploadsFailing ? HandoffReason.RepeatedUploadFailures : HandoffReason.TalkToSupport,
            uploadsFailing ? turn.Text("Handoff_Detail_FailedUploads", turn.State.FailedUploads) : null);
    }

    private static void Refuse(FlowTurn turn)
    {
        if (turn.Input.Kind == TurnKind.Invoke)
        {
            turn.InvokeMessage = turn.Text("Staff_Only");
        }
        else
        {
            turn.Say("Staff_Only");
        }
    }
}
