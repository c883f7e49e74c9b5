using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Rendering;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

/// <summary>Finds buttons and inputs in a rendered card, wherever they are nested.</summary>
public static class CardButtons
{
    public static JsonObject? Find(RenderedCard card, string verb) =>
        Nodes(card.Card).OfType<JsonObject>()
            .Where(n => (string?)n["type"] == "Action.Submit" && n["data"] is JsonObject d && (string?)d["verb"] == verb)
            .Select(n => (JsonObject)n["data"]!.DeepClone())
            .FirstOrDefault();

    /// <summary>
    /// What a client sends with the button: the current value of every input on the card (as Teams does), unless the
    /// button says <c>associatedInputs: none</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> InputsSentWith(RenderedCard card, string verb)
    {
        var action = Nodes(card.Card).OfType<JsonObject>()
            .First(n => (string?)n["type"] == "Action.Submit" && n["data"] is JsonObject d && (string?)d["verb"] == verb);
        if ((string?)action["associatedInputs"] == "none")
        {
            return new Dictionary<string, string>();
        }

        return Nodes(card.Card).OfType<JsonObject>()
            .Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && n["id"] is not null && n["value"] is JsonValue)
            .Select(n => (Id: (string)n["id"]!, Value: n["value"]!.ToString()))
            .Where(i => i.Value.Length > 0)
            .DistinctBy(i => i.Id)
            .ToDictionary(i => i.Id, i => i.Value);
    }

    /// <summary>The data of the Action.Execute with <paramref name="verb"/> (an empty object when it has none).</summary>
    public static JsonObject? FindExecute(RenderedCard card, string verb) =>
        Nodes(card.Card).OfType<JsonObject>()
            .Where(n => (string?)n["type"] == "Action.Execute" && (string?)n["verb"] == verb)
            .Select(n => (JsonObject)(n["data"]?.DeepClone() ?? new JsonObject()))
            .FirstOrDefault();

    public static IEnumerable<string> Verbs(RenderedCard card) =>
        Nodes(card.Card).OfType<JsonObject>().Where(n => n["data"] is JsonObject).Select(n => (string?)n["data"]!["verb"] ?? "?");

    public static bool HasInput(RenderedCard card, string id) =>
        Nodes(card.Card).OfType<JsonObject>().Any(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)n["id"] == id);

    public static string? InputValue(RenderedCard card, string id) =>
        Nodes(card.Card).OfType<JsonObject>().Where(n => (string?)n["id"] == id).Select(n => (string?)n["value"]).FirstOrDefault();

    private static IEnumerable<JsonNode> Nodes(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Nodes))
        {
            yield return child;
        }
    }
}
