using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// Where a file can go on a draft: one of the required places (<see cref="RequiredEvidence"/>) or a shipping
/// document. Cards carry it as a short key ("label:1", "invoice:2025-06-01", "shipping") that is parsed and checked
/// against the draft, never trusted.
/// </summary>
public sealed record EvidencePlace(EvidenceKind Kind, int? LineNumber, LocalDate? Proves)
{
    public const string DiscardKey = "discard";

    public static EvidencePlace Shipping { get; } = new(EvidenceKind.ShippingDocument, null, null);

    public bool IsPhoto => Kind is EvidenceKind.LabelPhoto or EvidenceKind.AppearancePhoto;

    public string Key => Kind switch
    {
        EvidenceKind.LabelPhoto => $"label:{LineNumber}",
        EvidenceKind.AppearancePhoto => $"appearance:{LineNumber}",
        EvidenceKind.Invoice => $"invoice:{LocalDatePattern.Iso.Format(Proves!.Value)}",
        _ => "shipping",
    };

    public static EvidencePlace Of(RequiredEvidence required)
    {
        ArgumentNullException.ThrowIfNull(required);
        return new(required.Kind, required.LineNumber, required.Proves);
    }

    /// <summary>Every place a file may go on <paramref name="draft"/>: the required ones in order, then a shipping document.</summary>
    public static IReadOnlyList<EvidencePlace> AllOn(RmaCase draft) => [.. RequiredEvidence.For(draft).Select(Of), Shipping];

    /// <summary>The place <paramref name="key"/> names on this draft, or null when it names none.</summary>
    public static EvidencePlace? Parse(string? key, RmaCase draft) =>
        key is null ? null : AllOn(draft).FirstOrDefault(p => p.Key == key);

    public bool IsFilledBy(EvidenceReference evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return evidence.Kind == Kind && evidence.LineNumber == LineNumber && (IsPhoto || evidence.Proves == Proves || Kind == EvidenceKind.ShippingDocument);
    }

    public override string ToString() => Key.ToString(CultureInfo.InvariantCulture);
}
