namespace Pixfra.Rma.Domain.Catalog;

/// <summary>Pixfra's products and their warranty terms (clause P5), loaded from operator data.</summary>
public sealed class ProductCatalog
{
    private readonly Dictionary<string, ProductCategory> _categories;
    private readonly Dictionary<string, ProductModel> _models;

    public ProductCatalog(string name, bool isSample, IEnumerable<ProductCategory> categories, IEnumerable<ProductModel> models)
    {
        Name = name;
        IsSample = isSample;
        _categories = categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _models = models.ToDictionary(m => m.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var model in _models.Values.Where(m => !_categories.ContainsKey(m.CategoryId)))
        {
            throw new ArgumentException($"Model {model.Code} names unknown category {model.CategoryId}.", nameof(models));
        }
    }

    public string Name { get; }

    /// <summary>True for the demo catalog shipped with the code, which is not Pixfra's real product list.</summary>
    public bool IsSample { get; }

    public IReadOnlyCollection<ProductModel> Models => _models.Values;

    public ProductModel? FindModel(string code) => _models.GetValueOrDefault(code.Trim());

    public ProductCategory CategoryOf(ProductModel model) => _categories[model.CategoryId];

    /// <summary>The models whose part-number list contains <paramref name="partNumber"/>.</summary>
    public IEnumerable<ProductModel> ModelsWithPartNumber(PartNumber partNumber) => _models.Values.Where(m => m.Accepts(partNumber));
}
