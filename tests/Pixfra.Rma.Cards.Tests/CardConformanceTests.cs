using System.Text.Json.Nodes;
using NJsonSchema;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Cards.Tests;

/// <summary>
/// Every template in cards/, bound with sample data in every language, is a valid Adaptive Card 1.5 (schema and
/// official renderer), binds exactly as Microsoft's templating engine would, and fits in a Teams message.
/// </summary>
public sealed class CardConformanceTests(CardHarness harness) : IClassFixture<CardHarness>
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
    {
        var path = RepositoryPaths.InShared("reference", "adaptive-cards", "adaptive-card-1.5.0.json");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Adaptive Card 1.5 schema is expected at {path} (../shared beside the clone).");
        }

        return JsonSchema.FromJsonAsync(File.ReadAllText(path)).GetAwaiter().GetResult();
    });

    public static IEnumerable<TheoryDataRow<string>> Keys() => CardHarness.Keys();

    [Fact]
    public void EveryTemplate_HasASample()
    {
        var sampled = CardSamples.All.Select(s => s.TemplateName).ToHashSet();

        Assert.NotEmpty(CardTemplates.Names);
        Assert.All(CardTemplates.Names, name => Assert.Contains(name, sampled));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Card_IsValidAgainstAdaptiveCard15Schema(string key)
    {
        var card = WithoutTeamsProperties(harness.Rendered[key].Card);

        var errors = Schema.Value.Validate(card.ToJsonString());

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Card_ParsesAndRendersInOfficialRenderer_WithoutErrors(string key)
    {
        var result = harness.Official(key);

        Assert.True(result["errors"]!.AsArray().Count == 0, result["errors"]!.ToJsonString(CardHarness.Indented));
        Assert.True((bool)result["rendered"]!);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Binding_MatchesMicrosoftTemplatingEngine(string key)
    {
        var reference = harness.Official(key)["reference"];

        Assert.True(
            JsonNode.DeepEquals(reference, harness.UnescapedCards[key]),
            $"ours:\n{harness.UnescapedCards[key].ToJsonString(CardHarness.Indented)}\nreference:\n{reference?.ToJsonString(CardHarness.Indented)}");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Card_LeavesNoUnboundExpression_AndStaysUnder80KB(string key)
    {
        var json = harness.Rendered[key].Card.ToJsonString();

        Assert.DoesNotContain("${", json, StringComparison.Ordinal);
        Assert.InRange(json.Length * sizeof(char), 1, 80 * 1024);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Card_HasPlainTextFallback(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(harness.Rendered[key].FallbackText));
    }

    public static TheoryData<string> HostileNames => [.. HostileCards.Names];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void UserText_RenderedByOfficialRenderer_ProducesNoLinksOrFormatting(string name)
    {
        var result = harness.Official(name);

        Assert.True(result["errors"]!.AsArray().Count == 0, result["errors"]!.ToJsonString(CardHarness.Indented));
        Assert.Equal(0, (int)result["links"]!);
        Assert.Equal(0, (int)result["emphasis"]!);
        Assert.Contains("[click me](https://evil.example/x)", (string)result["text"]!, StringComparison.Ordinal);
    }

    /// <summary>The schema does not know Teams' <c>msteams</c> extension properties; Teams-only parts are checked elsewhere.</summary>
    private static JsonNode WithoutTeamsProperties(JsonNode node)
    {
        var copy = node.DeepClone();
        Strip(copy);
        return copy;

        static void Strip(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    o.Remove("msteams");
                    foreach (var (_, child) in o.ToList())
                    {
                        Strip(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a)
                    {
                        Strip(child);
                    }

                    break;
            }
        }
    }
}
