using System.Text.Json.Nodes;

namespace Pixfra.Rma.Testing.Cards;

/// <summary>Reads buttons off a card the bot sent, so a test clicks what the user would see.</summary>
public static class CardActions
{
    /// <summary>
    /// What Teams sends for the Action.Submit with <paramref name="verb"/>: its data, the current value of every input
    /// on the card (unless the button has <c>associatedInputs: none</c>), and the values the test typed.
    /// </summary>
    public static JsonObject Submit(JsonObject card, string verb, params (string Id, string Value)[] inputs)
    {
        var action = Nodes(card).OfType<JsonObject>()
            .FirstOrDefault(n => (string?)n["type"] == "Action.Submit" && n["data"] is JsonObject d && (string?)d["verb"] == verb)
            ?? throw new InvalidOperationException($"No '{verb}' button on the card: {card.ToJsonString()[..Math.Min(400, card.ToJsonString().Length)]}");
        var data = (JsonObject)action["data"]!.DeepClone();
        if ((string?)action["associatedInputs"] != "none")
        {
            foreach (var input in Nodes(card).OfType<JsonObject>().Where(n => ((string?)n["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true))
            {
                if (input["id"] is JsonValue id && input["value"] is JsonValue value && value.ToString().Length > 0)
                {
                    data[id.ToString()] = value.ToString();
                }
            }
        }

        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return data;
    }

    /// <summary>Every text a reader sees on the card: text blocks and runs, fact titles and values, button titles.</summary>
    public static string AllText(JsonObject card) =>
        string.Join("\n", Nodes(card).OfType<JsonObject>()
            .SelectMany(n => new[] { n["text"], n["title"], (string?)n["type"] == "FactSet" ? null : n["value"] })
            .OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var s) ? s : null)
            .OfType<string>());

    /// <summary>The addresses of the card's Action.OpenUrl buttons.</summary>
    public static IReadOnlyList<Uri> OpenUrls(JsonObject card) =>
        [.. Nodes(card).OfType<JsonObject>().Where(n => (string?)n["type"] == "Action.OpenUrl").Select(n => new Uri((string)n["url"]!))];

    /// <summary>Every node of the card in document order (a plain walk: the load bench reads every reply with it).</summary>
    private static List<JsonNode> Nodes(JsonNode card)
    {
        var all = new List<JsonNode>();
        Collect(card, all);
        return all;
    }

    private static void Collect(JsonNode node, List<JsonNode> all)
    {
        all.Add(node);
        if (node is JsonObject properties)
        {
            foreach (var (_, child) in properties)
            {
                if (child is not null)
                {
                    Collect(child, all);
                }
            }
        }
        else if (node is JsonArray items)
        {
            foreach (var child in items)
            {
                if (child is not null)
                {
                    Collect(child, all);
                }
            }
        }
    }
}
