using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// A modal's <c>view.state.values</c> turned back into what an Adaptive Card submits: input id → string (a toggle's
/// <c>valueOn</c>/<c>valueOff</c>, a multi-select's values joined with commas, a date as <c>yyyy-MM-dd</c>), then
/// merged into the action's data as Teams does. Only block ids that are inputs of the card are taken when the card
/// is known; everything stays user-controlled.
/// </summary>
public static class CardFormValues
{
    /// <param name="card">The card the modal was built from, or null when it is no longer stored.</param>
    public static IReadOnlyDictionary<string, string> Read(JsonObject? view, JsonObject? card)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (view?["state"]?["values"] is not JsonObject state)
        {
            return values;
        }

        var inputs = card is null ? null : CardElements.Inputs(card).ToDictionary(i => CardElements.Text(i, "id")!, StringComparer.Ordinal);
        foreach (var (blockId, block) in state)
        {
            if (block?[SlackModalBuilder.ValueActionId] is not JsonObject control)
            {
                continue;
            }

            JsonObject? input = null;
            if (inputs is not null && !inputs.TryGetValue(blockId, out input))
            {
                continue;
            }

            values[blockId] = Value(control, input);
        }

        return values;
    }

    /// <summary>The action's data with the inputs' values added, as Teams sends a submit (an input wins over a data field).</summary>
    public static JsonObject Merge(JsonObject data, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(values);
        var merged = (JsonObject)data.DeepClone();
        foreach (var (id, value) in values)
        {
            merged[id] = value;
        }

        return merged;
    }

    private static string Value(JsonObject control, JsonObject? input) => CardElements.Text(control, "type") switch
    {
        "static_select" or "radio_buttons" => CardElements.Text(control["selected_option"], "value") ?? string.Empty,
        "multi_static_select" => string.Join(',', Selected(control)),
        "datepicker" => CardElements.Text(control, "selected_date") ?? string.Empty,
        "checkboxes" => Selected(control).Any()
            ? CardElements.Text(input, "valueOn") ?? Selected(control).First()
            : CardElements.Text(input, "valueOff") ?? "false",
        "number_input" or "plain_text_input" => CardElements.Text(control, "value") ?? string.Empty,
        _ => CardElements.Text(control, "value") ?? string.Empty,
    };

    private static IEnumerable<string> Selected(JsonObject control) =>
        (control["selected_options"] as JsonArray ?? []).Select(o => CardElements.Text(o, "value")).OfType<string>();
}
