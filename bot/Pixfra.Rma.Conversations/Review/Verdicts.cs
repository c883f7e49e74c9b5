using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Review;

public enum LineOutcome
{
    /// <summary>Some part is under warranty: free repair or replacement (P3).</summary>
    Covered,

    /// <summary>Painted, tampered or label removed (P9): paid repair through the seller.</summary>
    Excluded,

    /// <summary>Out of warranty: paid repair through the seller.</summary>
    Expired,

    /// <summary>No provable start date (P4): Pixfra staff decide.</summary>
    Unverified,
}

/// <summary>What a unit's verdict means for the distributor, and its working in their language.</summary>
public static class Verdicts
{
    public static LineOutcome OutcomeOf(WarrantyAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var statuses = assessment.Verdicts.Select(v => v.Status).ToList();
        return statuses switch
        {
            _ when statuses.Contains(CoverageStatus.Excluded) => LineOutcome.Excluded,
            _ when statuses.Contains(CoverageStatus.Covered) => LineOutcome.Covered,
            _ when statuses.Contains(CoverageStatus.Unverified) => LineOutcome.Unverified,
            _ => LineOutcome.Expired,
        };
    }

    public static (string Text, string Color, LineOutcome Kind) Outcome(FlowTurn turn, WarrantyAssessment assessment)
    {
        var kind = OutcomeOf(assessment);
        var color = kind switch
        {
            LineOutcome.Covered => "Good",
            LineOutcome.Unverified => "Warning",
            _ => "Attention",
        };
        return (turn.Text($"Outcome_{kind}"), color, kind);
    }

    public static ReviewLineView View(FlowTurn turn, RmaLine line, IReadOnlyList<EvidenceItemView>? files = null)
    {
        var (text, color, _) = Outcome(turn, line.Assessment);
        var explanation = WarrantyExplanation.Explain(line.Assessment, turn.Culture)
            .Concat(line.Mismatches.Select(m => turn.Text($"Line_Warning_{m}", line.SerialNumber, line.ModelCode)))
            .Concat(line.NoSubstitute ? [turn.Text("Review_NoSubstitute")] : [])
            .Select(t => new MessageView(t))
            .ToList();
        return new ReviewLineView($"{line.LineNumber} · {line.SerialNumber} · {line.ModelCode}", text, color, explanation, files);
    }
}
