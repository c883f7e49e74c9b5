using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pixfra.Rma.Domain.Catalog;

/// <summary>Reads the catalog file (see bot/Pixfra.Rma.Bot/data/catalog.sample.json). Parsing only; the host reads the file.</summary>
public static class ProductCatalogJson
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(100);

    /// <exception cref="FormatException">The catalog is invalid; the message names the field.</exception>
    public static ProductCatalog Parse(string json, string fileName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            var categories = Required(root, "categories", fileName).EnumerateArray()
                .Select((c, i) => ReadCategory(c, $"{fileName}: categories[{i}]")).ToList();
            var models = Required(root, "models", fileName).EnumerateArray()
                .Select((m, i) => ReadModel(m, $"{fileName}: models[{i}]")).ToList();
            var isSample = root.TryGetProperty("sample", out var sample) && sample.GetBoolean();
            return new ProductCatalog(Required(root, "name", fileName).GetString() ?? fileName, isSample, categories, models);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{fileName}: {e.Message}", e);
        }
    }

    private static ProductCategory ReadCategory(JsonElement category, string where)
    {
        var terms = Required(category, "warranty", where);
        var componentYears = Required(terms, "componentYears", where).GetInt32();
        int? batteryYears = terms.TryGetProperty("batteryYears", out var battery) && battery.ValueKind != JsonValueKind.Null ? battery.GetInt32() : null;
        if (componentYears <= 0 || batteryYears <= 0)
        {
            throw new FormatException($"{where}: warranty years must be positive.");
        }

        var wearingParts = terms.TryGetProperty("wearingParts", out var parts)
            ? parts.EnumerateArray().Select(p => p.GetString() ?? string.Empty).ToList()
            : [];
        return new ProductCategory(
            Text(category, "id", where),
            Text(category, "name", where),
            new WarrantyTerms(componentYears, batteryYears, wearingParts));
    }

    private static ProductModel ReadModel(JsonElement model, string where)
    {
        var pattern = Text(model, "serialNumberPattern", where);
        Regex regex;
        try
        {
            regex = new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, PatternTimeout);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{where}.serialNumberPattern: {e.Message}", e);
        }

        var partNumbers = Required(model, "partNumbers", where).EnumerateArray()
            .Select(p => PartNumber.TryParse(p.GetString(), out var pn, out var problem)
                ? pn
                : throw new FormatException($"{where}.partNumbers: \"{p.GetString()}\" is not a part number ({problem.Kind})."))
            .ToList();
        return new ProductModel(
            Text(model, "code", where),
            Text(model, "name", where),
            Text(model, "category", where),
            model.TryGetProperty("removableBattery", out var battery) && battery.GetBoolean(),
            regex,
            partNumbers);
    }

    private static string Text(JsonElement element, string name, string where)
    {
        var text = Required(element, name, where).GetString();
        return string.IsNullOrWhiteSpace(text) ? throw new FormatException($"{where}: \"{name}\" is empty.") : text;
    }

    private static JsonElement Required(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"{where}: \"{name}\" is missing.");
}
