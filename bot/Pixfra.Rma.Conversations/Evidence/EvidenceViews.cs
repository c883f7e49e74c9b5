using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>The files a unit has and lacks, as the review and the RMA card list them; the invoice named is the document the verdict relied on.</summary>
public static class EvidenceViews
{
    public static IReadOnlyList<EvidenceItemView> ForLine(FlowTurn turn, RmaCase rmaCase, RmaLine line)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        ArgumentNullException.ThrowIfNull(line);
        return [.. RequiredEvidence.For(rmaCase)
            .Where(r => r.LineNumber == line.LineNumber || (r.Kind == EvidenceKind.Invoice && r.Proves == line.Assessment.Start?.Date && line.IsCovered))
            .Select(r =>
            {
                var filed = rmaCase.Evidence.FirstOrDefault(r.Fits);
                return new EvidenceItemView(
                    turn.Text($"Evidence_Kind_{r.Kind}"),
                    filed is null ? turn.Text("Evidence_Missing") : EvidenceText.File(turn, filed),
                    filed is null ? "Attention" : "Good");
            })];
    }
}
