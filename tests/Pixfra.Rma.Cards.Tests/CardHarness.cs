using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Cards.Tests;

/// <summary>
/// Renders every sample in every language once, and runs them all through Microsoft's JavaScript renderer and
/// templating engine in one Node process (tests/Pixfra.Rma.Cards.Tests/js/check-cards.js).
/// </summary>
public sealed class CardHarness : IAsyncLifetime
{
    private readonly Dictionary<string, JsonObject> _official = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, RenderedCard> Rendered { get; private set; } = new Dictionary<string, RenderedCard>();

    public IReadOnlyDictionary<string, JsonObject> UnescapedCards { get; private set; } = new Dictionary<string, JsonObject>();

    public static string Key(CardSample sample, CultureInfo culture) => $"{sample.Name}/{culture.Name}";

    public static IEnumerable<TheoryDataRow<string>> Keys() =>
        from sample in CardSamples.All
        from culture in BotCulture.Supported
        select new TheoryDataRow<string>(Key(sample, culture));

    public JsonObject Official(string key) => _official[key];

    public async ValueTask InitializeAsync()
    {
        var rendered = new Dictionary<string, RenderedCard>(StringComparer.Ordinal);
        var unescaped = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var input = new JsonArray();
        foreach (var sample in CardSamples.All)
        {
            foreach (var culture in BotCulture.Supported)
            {
                var key = Key(sample, culture);
                var card = sample.Render(culture);
                rendered[key] = card;

                // The reference engine has no markdown escaping, so it is compared with our binding without it.
                var data = sample.Data.DeepClone().AsObject();
                data["strings"] = StringsFor(culture);
                var template = CardTemplates.Get(sample.TemplateName);
                unescaped[key] = TemplateBinder.Bind(template, data, _ => null, escapeMarkdown: false);
                input.Add(new JsonObject { ["name"] = key, ["template"] = template.DeepClone(), ["data"] = data, ["card"] = card.Card.DeepClone() });
            }
        }

        foreach (var (name, card) in HostileCards.All)
        {
            input.Add(new JsonObject { ["name"] = name, ["card"] = card.DeepClone() });
        }

        Rendered = rendered;
        UnescapedCards = unescaped;
        var directory = Directory.CreateTempSubdirectory("pixfra-cards-");
        try
        {
            var inputPath = Path.Combine(directory.FullName, "input.json");
            var outputPath = Path.Combine(directory.FullName, "output.json");
            await File.WriteAllTextAsync(inputPath, input.ToJsonString());
            await NodeScript.RunAsync(RepositoryPaths.InRoot("tests", "Pixfra.Rma.Cards.Tests", "js", "check-cards.js"), [inputPath, outputPath]);
            foreach (var result in JsonNode.Parse(await File.ReadAllTextAsync(outputPath))!.AsArray())
            {
                _official[(string)result!["name"]!] = result.AsObject();
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonObject StringsFor(CultureInfo culture)
    {
        var strings = new JsonObject();
        foreach (var (key, value) in BotText.ResolvedTexts(culture))
        {
            strings[key] = value;
        }

        return strings;
    }

    internal static JsonSerializerOptions Indented { get; } = new() { WriteIndented = true };
}
