using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Cards.Templates;

/// <summary>The card templates of <c>cards/</c>, embedded in this assembly and parsed once.</summary>
public static class CardTemplates
{
    private const string Prefix = "cards/";

    private static readonly Lazy<FrozenDictionary<string, JsonObject>> Templates = new(Load);

    public static IEnumerable<string> Names => Templates.Value.Keys;

    public static JsonObject Get(string name) =>
        Templates.Value.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException($"No card template named '{name}' in cards/.");

    private static FrozenDictionary<string, JsonObject> Load()
    {
        var assembly = typeof(CardTemplates).Assembly;
        var templates = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            var name = Path.GetFileNameWithoutExtension(resource[Prefix.Length..]);
            templates[name] = JsonNode.Parse(stream) as JsonObject
                ?? throw new InvalidOperationException($"Card template '{name}' is not a JSON object.");
        }

        return templates.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
