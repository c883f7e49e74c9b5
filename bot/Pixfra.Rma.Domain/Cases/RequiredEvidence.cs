using NodaTime;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Domain.Cases;

/// <summary>
/// One photo or document an RMA needs before its number is issued (clauses P10, P13): for every unit that travels
/// on the number, a label photo and an appearance photo; for every invoice date a warranty rests on, the invoice
/// that proves it (one invoice may cover several units bought together).
/// </summary>
/// <param name="LineNumber">The unit a photo shows; null for an invoice.</param>
/// <param name="Proves">For an invoice: the purchase date it must prove.</param>
public sealed record RequiredEvidence(EvidenceKind Kind, int? LineNumber, LocalDate? Proves)
{
    public static IReadOnlyList<RequiredEvidence> For(RmaCase rmaCase)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        var travelling = rmaCase.CoveredLines.ToList();
        var photos = travelling.SelectMany(l => new[]
        {
            new RequiredEvidence(EvidenceKind.LabelPhoto, l.LineNumber, null),
            new RequiredEvidence(EvidenceKind.AppearancePhoto, l.LineNumber, null),
        });
        var invoices = travelling
            .Where(l => l.Assessment.Start?.Source == WarrantyStartSource.Invoice)
            .Select(l => l.Assessment.Start!.Date)
            .Distinct()
            .Order()
            .Select(date => new RequiredEvidence(EvidenceKind.Invoice, null, date));
        return [.. photos, .. invoices];
    }

    public bool IsMetBy(IEnumerable<EvidenceReference> evidence) => evidence.Any(Fits);

    /// <summary>True when <paramref name="evidence"/> is what this requirement asks for.</summary>
    public bool Fits(EvidenceReference evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Kind == Kind && (Kind == EvidenceKind.Invoice ? evidence.Proves == Proves : evidence.LineNumber == LineNumber);
    }
}
