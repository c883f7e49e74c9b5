namespace Pixfra.Rma.Domain.Catalog;

/// <summary>What about a line does not fit the catalog; flagged for the user and staff, not silently corrected.</summary>
public enum CatalogMismatch
{
    SerialNumberNotOfModel,
    PartNumberNotOfModel,
}
