using NodaTime;

namespace Pixfra.Rma.Domain.Cases;

public enum EvidenceKind
{
    /// <summary>Clause P13: the product label, showing SN, PN and model.</summary>
    LabelPhoto,

    /// <summary>Clause P13: the whole unit, to show its condition.</summary>
    AppearancePhoto,

    /// <summary>Clause P10(a): bill of sale or receipt proving the date of sale.</summary>
    Invoice,

    /// <summary>Clause P10(b): shipping documents proving the date of shipment to the dealer.</summary>
    ShippingDocument,
}

/// <summary>A photo or document kept in the blob store; the case holds the reference, never the bytes.</summary>
/// <param name="LineNumber">The product line it belongs to; null for a document about the whole case.</param>
/// <param name="FileName">The name the sender gave it, for people to recognise it; never used to store or type it.</param>
/// <param name="Proves">The date the document proves (P10): the invoice date of the lines it covers, or the date of
/// shipment to the dealer the distributor entered with a shipping document.</param>
public sealed record EvidenceReference(
    EvidenceKind Kind,
    int? LineNumber,
    string BlobName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    Actor UploadedBy,
    Instant UploadedAt,
    string? FileName = null,
    LocalDate? Proves = null);
