using NodaTime;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Domain.Cases;

/// <summary>One returned unit (clause P13), with its warranty verdict and the preference of clause P15.</summary>
/// <param name="Mismatches">Where the numbers do not fit the catalog model; staff see these.</param>
/// <param name="NoSubstitute">The applicant does not accept a replacement of another model of the same specification.</param>
/// <param name="ExcludedAfterInspection">Why staff excluded the unit on inspection (P9: painted, tampered, label
/// removed…); null while it is not excluded. An excluded unit is no longer covered whatever its verdict said.</param>
public sealed record RmaLine(
    int LineNumber,
    string ModelCode,
    SerialNumber SerialNumber,
    PartNumber? PartNumber,
    string FaultDescription,
    TamperAnswers Tamper,
    LocalDate? InvoiceDate,
    LocalDate? FactoryDeliveryDate,
    WarrantyAssessment Assessment,
    IReadOnlyList<CatalogMismatch> Mismatches,
    bool NoSubstitute,
    string? ExcludedAfterInspection = null)
{
    /// <summary>True when some part of the unit is under warranty, so it may travel on the RMA number.</summary>
    public bool IsCovered => ExcludedAfterInspection is null && Assessment.Verdicts.Any(v => v.Status == CoverageStatus.Covered);
}
