namespace Pixfra.Rma.Domain.Catalog;

public sealed record ProductCategory(string Id, string Name, WarrantyTerms Terms);
