using System.Text.RegularExpressions;

namespace Pixfra.Rma.Domain.Catalog;

/// <summary>
/// A model in the catalog, with the patterns its labels' serial and part numbers follow (clause P13:
/// the label must match the reservation, so a number that cannot belong to the model is flagged).
/// </summary>
public sealed record ProductModel(
    string Code,
    string Name,
    string CategoryId,
    bool HasRemovableBattery,
    Regex SerialNumberPattern,
    IReadOnlyList<PartNumber> PartNumbers)
{
    public bool Accepts(SerialNumber serialNumber) => SerialNumberPattern.IsMatch(serialNumber.Value);

    public bool Accepts(PartNumber partNumber) => PartNumbers.Contains(partNumber);

    /// <summary>What about a line's numbers does not fit this model.</summary>
    public IReadOnlyList<CatalogMismatch> Check(SerialNumber serialNumber, PartNumber? partNumber)
    {
        var mismatches = new List<CatalogMismatch>();
        if (!Accepts(serialNumber))
        {
            mismatches.Add(CatalogMismatch.SerialNumberNotOfModel);
        }

        if (partNumber is { } pn && !Accepts(pn))
        {
            mismatches.Add(CatalogMismatch.PartNumberNotOfModel);
        }

        return mismatches;
    }
}
