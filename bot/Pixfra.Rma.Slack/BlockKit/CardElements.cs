using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>Reads an expanded Adaptive Card: its actions and its inputs, in reading order.</summary>
public static class CardElements
{
    private static readonly string[] Containers = ["body", "items", "columns", "actions"];

    /// <summary>Every <c>Action.Submit</c> and <c>Action.Execute</c> in the card's actions and ActionSets.</summary>
    public static IReadOnlyList<CardAction> Actions(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var hasInputs = Inputs(card).Count > 0;
        var actions = new List<CardAction>();
        foreach (var action in Walk(card).Where(e => Text(e, "type") is "Action.Submit" or "Action.Execute"))
        {
            var isExecute = Text(action, "type") == "Action.Execute";
            var data = action["data"] as JsonObject ?? [];
            var verb = isExecute ? Text(action, "verb") : Text(data, "verb");
            var takesInputs = hasInputs && !string.Equals(Text(action, "associatedInputs"), "none", StringComparison.OrdinalIgnoreCase);
            actions.Add(new CardAction(actions.Count, isExecute, Text(action, "title") ?? string.Empty, verb, (JsonObject)data.DeepClone(), takesInputs));
        }

        return actions;
    }

    /// <summary>Every <c>Input.*</c> element with an id.</summary>
    public static IReadOnlyList<JsonObject> Inputs(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return [.. Walk(card).Where(e => Text(e, "type")?.StartsWith("Input.", StringComparison.Ordinal) == true && Text(e, "id") is { Length: > 0 })];
    }

    /// <summary>
    /// Whether the card shows refusals: the flows' forms list what was wrong in a Container styled <c>attention</c>
    /// above the inputs, and come back that way, with what the user typed, when a submission is refused.
    /// </summary>
    public static bool ShowsErrors(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Walk(card).Any(e => Text(e, "type") == "Container" && Text(e, "style") == "attention" && Walk(e["items"]).Any());
    }

    /// <summary>Elements in reading order: the card's body, containers' items, columns, then actions.</summary>
    public static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (Text(obj, "type") != "AdaptiveCard")
                {
                    yield return obj;
                }

                foreach (var key in Containers)
                {
                    foreach (var child in Walk(obj[key]))
                    {
                        yield return child;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var child in Walk(item))
                    {
                        yield return child;
                    }
                }

                break;
        }
    }

    internal static string? Text(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
