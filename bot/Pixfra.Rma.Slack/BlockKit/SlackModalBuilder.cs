using System.Globalization;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// A card with inputs as a Slack modal: its texts as sections, each input as an input block whose <c>block_id</c> is the
/// Adaptive Card input id (so a submission maps back to the same names Teams sends): <c>Input.Text</c> →
/// <c>plain_text_input</c> (max_length, multiline), <c>Input.ChoiceSet</c> → <c>static_select</c> (at most 100 options),
/// <c>Input.Date</c> → <c>datepicker</c>, <c>Input.Toggle</c> → <c>checkboxes</c>, <c>Input.Number</c> →
/// <c>number_input</c>. Values the card shows (after a refusal: what the user typed) become initial values.
/// </summary>
public static class SlackModalBuilder
{
    public const string CallbackId = "card-form";

    /// <summary>Every input's element has this action id; the block id tells them apart.</summary>
    public const string ValueActionId = "value";

    public const int MaxTitle = 24;
    public const int MaxOptions = 100;
    public const int MaxOptionText = 75;
    public const int MaxOptionValue = 150;
    public const int MaxLabel = 2000;
    public const int MaxPlaceholder = 150;
    public const int MaxPrivateMetadata = 3000;

    public static JsonObject Build(JsonObject card, CardAction action, string privateMetadata, BlockKitLabels labels)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(privateMetadata);
        ArgumentNullException.ThrowIfNull(labels);
        if (privateMetadata.Length > MaxPrivateMetadata)
        {
            throw new ArgumentException($"private_metadata has {privateMetadata.Length} characters, more than {MaxPrivateMetadata}.", nameof(privateMetadata));
        }

        var heading = CardElements.Walk(card).FirstOrDefault(e => CardElements.Text(e, "type") == "TextBlock" && CardElements.Text(e, "style") == "heading");
        var title = CardElements.Text(heading, "text") is { Length: > 0 and <= MaxTitle } fits ? fits : labels.FormTitle;
        var blocks = new List<(bool IsInput, JsonObject Block)>();
        foreach (var element in CardElements.Walk(card["body"]))
        {
            if (ReferenceEquals(element, heading) && title != labels.FormTitle)
            {
                continue;
            }

            if (Block(element) is { } block)
            {
                blocks.Add((CardElements.Text(block, "type") == "input", block));
            }
        }

        // Inputs are what the modal is for: when the card is too long, its texts go first, from the top.
        while (blocks.Count > BlockKitLimits.MaxModalBlocks && blocks.FindIndex(b => !b.IsInput) is var i and >= 0)
        {
            blocks.RemoveAt(i);
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = CallbackId,
            ["title"] = PlainText(BlockKitRenderer.Truncate(title, MaxTitle)),
            ["submit"] = PlainText(BlockKitRenderer.Truncate(action.Title.Length > 0 ? action.Title : labels.OpenForm, MaxTitle)),
            ["close"] = PlainText(BlockKitRenderer.Truncate(labels.Cancel, MaxTitle)),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = new JsonArray([.. blocks.Take(BlockKitLimits.MaxModalBlocks).Select(b => (JsonNode)b.Block)]),
        };
    }

    private static JsonObject? Block(JsonObject element) => CardElements.Text(element, "type") switch
    {
        "TextBlock" when CardElements.Text(element, "text") is { } text && text.Trim().Length > 0 =>
            element["isSubtle"] is JsonValue subtle && subtle.TryGetValue<bool>(out var isSubtle) && isSubtle
                ? Context(text)
                : Section(text),
        "RichTextBlock" => Section(string.Concat((element["inlines"] as JsonArray ?? []).Select(r => r is JsonObject run ? CardElements.Text(run, "text") : r?.GetValue<string>()))),
        "FactSet" => Section(string.Join('\n', (element["facts"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(f => $"*{BlockKitRenderer.Escape(CardElements.Text(f, "title") ?? string.Empty)}*: {BlockKitRenderer.Escape(CardElements.Text(f, "value") ?? string.Empty)}")), escape: false),
        "Input.Text" => Input(element, TextInput(element)),
        "Input.Number" => Input(element, NumberInput(element)),
        "Input.Date" => Input(element, DatePicker(element)),
        "Input.Toggle" => Input(element, Checkbox(element)),
        "Input.ChoiceSet" when Choices(element).Count > 0 => Input(element, Select(element)),
        "Input.ChoiceSet" => Input(element, TextInput(element)),
        _ => null,
    };

    private static JsonObject? Section(string text, bool escape = true)
    {
        var shown = escape ? BlockKitRenderer.Escape(text) : text;
        return shown.Trim().Length == 0
            ? null
            : new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = BlockKitRenderer.Truncate(shown, BlockKitLimits.MaxSectionText) } };
    }

    private static JsonObject Context(string text) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = BlockKitRenderer.Truncate(BlockKitRenderer.Escape(text), BlockKitLimits.MaxSectionText) }),
    };

    private static JsonObject Input(JsonObject element, JsonObject control)
    {
        var id = CardElements.Text(element, "id")!;
        var label = CardElements.Text(element, "label") ?? CardElements.Text(element, "title") ?? CardElements.Text(element, "placeholder") ?? id;
        control["action_id"] = ValueActionId;
        return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = id,
            ["optional"] = !IsRequired(element),
            ["label"] = PlainText(BlockKitRenderer.Truncate(label, MaxLabel)),
            ["element"] = control,
        };
    }

    private static JsonObject TextInput(JsonObject element)
    {
        var control = new JsonObject { ["type"] = "plain_text_input" };
        if (element["isMultiline"] is JsonValue multiline && multiline.TryGetValue<bool>(out var isMultiline) && isMultiline)
        {
            control["multiline"] = true;
        }

        if (element["maxLength"] is JsonValue max && max.TryGetValue<int>(out var maxLength) && maxLength > 0)
        {
            control["max_length"] = maxLength;
        }

        Placeholder(element, control);
        if (CardElements.Text(element, "value") is { Length: > 0 } value)
        {
            control["initial_value"] = value;
        }

        return control;
    }

    private static JsonObject NumberInput(JsonObject element)
    {
        var control = new JsonObject { ["type"] = "number_input", ["is_decimal_allowed"] = true };
        Placeholder(element, control);
        if (element["value"] is JsonValue value && value.ToJsonString().Trim('"') is { Length: > 0 } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            control["initial_value"] = text;
        }

        return control;
    }

    private static JsonObject DatePicker(JsonObject element)
    {
        var control = new JsonObject { ["type"] = "datepicker" };
        Placeholder(element, control);
        if (CardElements.Text(element, "value") is { } value && CardFormDates.TryParse(value, out _))
        {
            control["initial_date"] = value;
        }

        return control;
    }

    private static JsonObject Checkbox(JsonObject element)
    {
        var valueOn = CardElements.Text(element, "valueOn") ?? "true";
        var option = Option(CardElements.Text(element, "title") ?? CardElements.Text(element, "label") ?? valueOn, valueOn);
        var control = new JsonObject { ["type"] = "checkboxes", ["options"] = new JsonArray(option) };
        if (CardElements.Text(element, "value") == valueOn)
        {
            control["initial_options"] = new JsonArray(option.DeepClone());
        }

        return control;
    }

    private static JsonObject Select(JsonObject element)
    {
        var multi = element["isMultiSelect"] is JsonValue m && m.TryGetValue<bool>(out var isMulti) && isMulti;
        var options = Choices(element).Take(MaxOptions).Select(c => Option(c.Title, c.Value)).ToList();
        var control = new JsonObject { ["type"] = multi ? "multi_static_select" : "static_select", ["options"] = new JsonArray([.. options]) };
        Placeholder(element, control);
        var chosen = (CardElements.Text(element, "value") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var initial = options.Where(o => chosen.Contains(CardElements.Text(o, "value"))).ToList();
        if (multi && initial.Count > 0)
        {
            control["initial_options"] = new JsonArray([.. initial.Select(o => o.DeepClone())]);
        }
        else if (!multi && initial.Count > 0)
        {
            control["initial_option"] = initial[0].DeepClone();
        }

        return control;
    }

    /// <summary>The choices Slack can carry: value at most 150 characters, title not empty.</summary>
    internal static IReadOnlyList<(string Title, string Value)> Choices(JsonObject element) =>
        [.. (element["choices"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(c => (Title: CardElements.Text(c, "title") ?? string.Empty, Value: CardElements.Text(c, "value") ?? string.Empty))
            .Where(c => c.Value.Length is > 0 and <= MaxOptionValue)
            .Select(c => (c.Title.Trim().Length > 0 ? c.Title : c.Value, c.Value))];

    internal static bool IsRequired(JsonObject element) =>
        element["isRequired"] is JsonValue required && required.TryGetValue<bool>(out var isRequired) && isRequired;

    private static void Placeholder(JsonObject element, JsonObject control)
    {
        if (CardElements.Text(element, "placeholder") is { Length: > 0 } placeholder)
        {
            control["placeholder"] = PlainText(BlockKitRenderer.Truncate(placeholder, MaxPlaceholder));
        }
    }

    private static JsonObject Option(string text, string value) => new()
    {
        ["text"] = PlainText(BlockKitRenderer.Truncate(text, MaxOptionText)),
        ["value"] = value,
    };

    private static JsonObject PlainText(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };
}
