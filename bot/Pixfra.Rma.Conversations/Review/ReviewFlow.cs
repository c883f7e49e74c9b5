using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;

namespace Pixfra.Rma.Conversations.Review;

/// <summary>
/// P4–P9: every unit's verdict with its working, and what happens next. Only units under warranty travel on
/// the RMA number; the others are paid repairs through the seller, or go to Pixfra staff when unverified.
/// </summary>
public static class ReviewFlow
{
    public static void Show(FlowTurn turn)
    {
        turn.State = turn.State with { Step = FlowStep.Review };
        var draft = turn.State.Draft!;
        var outcomes = draft.Lines.Select(l => Verdicts.OutcomeOf(l.Assessment)).ToList();
        var covered = outcomes.Count(o => o == LineOutcome.Covered);
        var unverified = outcomes.Count(o => o == LineOutcome.Unverified);

        var notes = new List<string> { turn.Text("Review_Summary", covered, draft.Lines.Count) };
        if (unverified > 0)
        {
            notes.Add(turn.Text("Review_UnverifiedNote", unverified));
        }

        if (covered == 0)
        {
            notes.Add(turn.Text("Review_NothingCovered"));
        }

        var missing = draft.MissingEvidence.Count;
        if (missing > 0)
        {
            notes.Add(turn.Text("Review_EvidenceMissing", missing));
        }

        var wearingParts = draft.Lines
            .Select(l => turn.Services.Catalog.FindModel(l.ModelCode))
            .OfType<Domain.Catalog.ProductModel>()
            .SelectMany(m => turn.Services.Catalog.CategoryOf(m).Terms.WearingParts)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (wearingParts.Count > 0)
        {
            notes.Add(turn.Text("Review_WearingParts", string.Join(", ", wearingParts)));
        }

        turn.Card(new WarrantyReviewCard(
            turn.Text("Review_Title"),
            [.. draft.Lines.Select(l => Verdicts.View(turn, l, EvidenceViews.ForLine(turn, draft, l)))],
            string.Join("\n\n", notes),
            CanConfirm: covered > 0 && missing == 0,
            IsDraft: true,
            OfferSupport: unverified > 0,
            draft.Number.Symbols,
            OfferEvidence: covered > 0));
    }
}
