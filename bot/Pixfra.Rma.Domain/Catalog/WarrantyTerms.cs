namespace Pixfra.Rma.Domain.Catalog;

/// <summary>
/// A category's standard limited warranty (clause P5), as data: years on components, years on a
/// removable battery (null when the category has none), and the wearing parts it never covers.
/// </summary>
public sealed record WarrantyTerms(int ComponentYears, int? BatteryYears, IReadOnlyList<string> WearingParts);
