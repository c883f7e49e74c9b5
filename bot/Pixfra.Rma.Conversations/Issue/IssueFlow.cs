using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Issue;

/// <summary>
/// P12: confirming the review issues the RMA number. The case is saved before the number is shown, and a
/// second click of the same button shows the same number instead of creating a second RMA.
/// </summary>
public static class IssueFlow
{
    public static async Task ConfirmAsync(FlowTurn turn, string? caseToken)
    {
        var draft = turn.State.Draft;
        if (draft is null || draft.Number.Symbols != caseToken)
        {
            await ShowAlreadyIssuedOrStaleAsync(turn, caseToken);
            return;
        }

        if (turn.State.Step != FlowStep.Review || !draft.CoveredLines.Any())
        {
            turn.Say("Flow_StaleCard");
            ReviewFlow.Show(turn);
            return;
        }

        if (draft.MissingEvidence.Count > 0)
        {
            turn.Say("Issue_EvidenceMissing", draft.MissingEvidence.Count);
            EvidenceFlow.Show(turn, []);
            return;
        }

        var authorized = draft.Authorize(turn.Now, turn.Actor) with { RaisedIn = turn.RaisedHere };
        var issued = await NewCases.InsertAsync(turn, draft.Number, number => authorized with { Number = number });
        var unverified = issued.Lines.Where(l => Verdicts.OutcomeOf(l.Assessment) == LineOutcome.Unverified).ToList();
        if (unverified.Count > 0)
        {
            var request = await SupportFlow.RecordAsync(turn, SupportRequestKind.WarrantyReview, issued.Number.ToString(), string.Join(", ", unverified.Select(l => l.SerialNumber)));
            turn.Say("Issue_UnverifiedRecorded", unverified.Count, request.Id);
            await HandoffFlow.EscalateAsync(turn, HandoffReason.WarrantyUnverified, request.Details, issued);
        }

        turn.State = turn.State with { Step = FlowStep.Idle, Draft = null, ChecklistIndex = 0, PendingFiles = null, FailedUploads = 0 };
        turn.Replies.Add(Reply.OfCard(await RmaCardView.RenderAsync(turn, issued)));
    }

    private static async Task ShowAlreadyIssuedOrStaleAsync(FlowTurn turn, string? caseToken)
    {
        if (RmaNumber.TryParse(caseToken, out var number)
            && await turn.Services.Cases.GetAsync(number, turn.CancellationToken) is { } stored
            && stored.Value.DistributorId == turn.State.DistributorId)
        {
            turn.Say("Issue_AlreadyIssued");
            turn.Replies.Add(Reply.OfCard(await RmaCardView.RenderAsync(turn, stored.Value)));
            return;
        }

        turn.Say("Flow_StaleCard");
    }
}
