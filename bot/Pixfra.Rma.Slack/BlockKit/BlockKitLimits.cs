using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// Slack's documented Block Kit limits (TOOLING.md §6: there is no offline validator). Slack refuses a whole message
/// that breaks one (<c>invalid_blocks</c>), so the renderer stays within them and tests check every payload sent.
/// </summary>
public static class BlockKitLimits
{
    public const int MaxMessageBlocks = 50;
    public const int MaxModalBlocks = 100;
    public const int MaxSectionText = 3000;
    public const int MaxHeaderText = 150;
    public const int MaxButtonLabel = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxActionId = 255;
    public const int MaxActionsElements = 25;
    public const int MaxSectionFields = 10;
    public const int MaxFieldText = 2000;

    /// <summary>Every limit the blocks break, as sentences naming the block; empty when they are all kept.</summary>
    public static IReadOnlyList<string> Check(JsonArray blocks, BlockKitSurface surface)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var problems = new List<string>();
        var maxBlocks = surface == BlockKitSurface.Modal ? MaxModalBlocks : MaxMessageBlocks;
        if (blocks.Count > maxBlocks)
        {
            problems.Add($"{blocks.Count} blocks, more than the {maxBlocks} a {surface.ToString().ToLowerInvariant()} may have");
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not JsonObject block)
            {
                problems.Add($"block {i} is not an object");
                continue;
            }

            CheckBlock(block, i, problems);
        }

        return problems;
    }

    /// <summary>
    /// Every limit a modal view breaks: its blocks (as <see cref="Check"/>), title, submit and close labels (24 each),
    /// <c>private_metadata</c> (3000), and its input blocks (label 2000, block id 255, at most 100 options of 75 characters).
    /// </summary>
    public static IReadOnlyList<string> CheckView(JsonObject view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var problems = new List<string>(Check(view["blocks"] as JsonArray ?? [], BlockKitSurface.Modal));
        if (Text(view, "type") != "modal")
        {
            problems.Add("the view is not a modal");
        }

        foreach (var key in new[] { "title", "submit", "close" })
        {
            if (key == "title" || view[key] is not null)
            {
                CheckText(view[key], SlackModalBuilder.MaxTitle, $"view {key}", problems);
            }

            if (key == "title" && view[key] is null)
            {
                problems.Add("view has no title");
            }
        }

        if (Text(view, "private_metadata") is { Length: > SlackModalBuilder.MaxPrivateMetadata } metadata)
        {
            problems.Add($"private_metadata has {metadata.Length} characters, more than {SlackModalBuilder.MaxPrivateMetadata}");
        }

        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in (view["blocks"] as JsonArray ?? []).OfType<JsonObject>().Where(b => Text(b, "type") == "input"))
        {
            var blockId = Text(input, "block_id") ?? string.Empty;
            if (blockId.Length is 0 or > MaxActionId || !blockIds.Add(blockId))
            {
                problems.Add($"input block_id '{blockId}' is empty, longer than {MaxActionId} or repeated");
            }

            CheckText(input["label"], SlackModalBuilder.MaxLabel, $"input '{blockId}' label", problems);
            if (input["element"]?["options"] is JsonArray options)
            {
                if (options.Count is 0 or > SlackModalBuilder.MaxOptions)
                {
                    problems.Add($"input '{blockId}' has {options.Count} options; a select takes 1–{SlackModalBuilder.MaxOptions}");
                }

                foreach (var option in options)
                {
                    CheckText(option?["text"], SlackModalBuilder.MaxOptionText, $"input '{blockId}' option", problems);
                }
            }
        }

        return problems;
    }

    private static void CheckBlock(JsonObject block, int index, List<string> problems)
    {
        switch (Text(block, "type"))
        {
            case "section":
                CheckText(block["text"], MaxSectionText, $"block {index} text", problems);
                if (block["fields"] is JsonArray fields)
                {
                    if (fields.Count > MaxSectionFields)
                    {
                        problems.Add($"block {index} has {fields.Count} fields, more than {MaxSectionFields}");
                    }

                    foreach (var field in fields)
                    {
                        CheckText(field, MaxFieldText, $"block {index} field", problems);
                    }
                }

                break;
            case "header":
                CheckText(block["text"], MaxHeaderText, $"block {index} header", problems);
                break;
            case "actions":
                CheckActions(block["elements"] as JsonArray ?? [], index, problems);
                break;
            case "divider" or "context" or "input" or "image":
                break;
            case var other:
                problems.Add($"block {index} has an unknown type '{other}'");
                break;
        }
    }

    private static void CheckActions(JsonArray elements, int index, List<string> problems)
    {
        if (elements.Count is 0 or > MaxActionsElements)
        {
            problems.Add($"block {index} has {elements.Count} elements; an actions block takes 1–{MaxActionsElements}");
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements.OfType<JsonObject>())
        {
            var actionId = Text(element, "action_id") ?? string.Empty;
            if (actionId.Length is 0 or > MaxActionId || !actionIds.Add(actionId))
            {
                problems.Add($"block {index} action_id '{actionId}' is empty, longer than {MaxActionId} or repeated");
            }

            if (Text(element, "type") == "button")
            {
                CheckText(element["text"], MaxButtonLabel, $"block {index} button '{actionId}' label", problems);
                if (Text(element, "value") is { Length: > MaxButtonValue } value)
                {
                    problems.Add($"block {index} button '{actionId}' value has {value.Length} characters, more than {MaxButtonValue}");
                }
            }
        }
    }

    private static void CheckText(JsonNode? textObject, int max, string where, List<string> problems)
    {
        if (textObject is null)
        {
            return;
        }

        var text = Text(textObject, "text");
        if (string.IsNullOrEmpty(text))
        {
            problems.Add($"{where} is empty");
        }
        else if (text.Length > max)
        {
            problems.Add($"{where} has {text.Length} characters, more than {max}");
        }
    }

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
