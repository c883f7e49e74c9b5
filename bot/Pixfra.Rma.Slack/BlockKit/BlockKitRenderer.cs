using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// A flow's card as a Block Kit message: its plain-text fallback as sections, then its <c>Action.Submit</c> buttons
/// (the action's data, with its verb, as the button value, so a click comes back as the same card action Teams sends).
/// Inputs are not rendered yet: forms belong in modals. Always within <see cref="BlockKitLimits"/>.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>Prefix of the buttons' action ids; the index keeps them unique within the message.</summary>
    public const string SubmitActionPrefix = "submit-";

    /// <summary>
    /// Prefix of the buttons made from <c>Action.Execute</c> (the staff card's Take over, Resolve…): the value holds
    /// the verb with the data, and the click is handled like a Teams invoke (the clicked message is updated in place).
    /// </summary>
    public const string ExecuteActionPrefix = "execute-";

    private const string Ellipsis = "…";

    public static JsonArray RenderMessage(string text, JsonObject? adaptiveCard)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buttons = adaptiveCard is null ? [] : SubmitButtons(adaptiveCard);
        var actionBlocks = buttons.Chunk(BlockKitLimits.MaxActionsElements)
            .Select(chunk => (JsonNode)new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray([.. chunk]) })
            .ToList();
        var sectionBudget = BlockKitLimits.MaxMessageBlocks - actionBlocks.Count;
        var blocks = new JsonArray();
        foreach (var chunk in Sections(Escape(text), sectionBudget))
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = chunk } });
        }

        foreach (var block in actionBlocks)
        {
            blocks.Add(block);
        }

        return blocks;
    }

    /// <summary>
    /// Slack treats <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as control characters (mentions such as <c>&lt;!channel&gt;</c>,
    /// links); user-controlled text must not become one.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static List<JsonObject> SubmitButtons(JsonObject card)
    {
        var buttons = new List<JsonObject>();
        foreach (var action in SubmitActions(card))
        {
            var title = action["title"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
            var verb = Text(action, "verb");
            var isExecute = Text(action, "type") == "Action.Execute";
            var data = (action["data"] as JsonObject)?.DeepClone().AsObject() ?? [];
            if (isExecute && verb is not null)
            {
                data["verb"] = verb;
            }

            var value = data.ToJsonString();
            if (string.IsNullOrWhiteSpace(title) || value.Length > BlockKitLimits.MaxButtonValue)
            {
                continue;
            }

            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = (isExecute ? ExecuteActionPrefix : SubmitActionPrefix) + buttons.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(title, BlockKitLimits.MaxButtonLabel), ["emoji"] = true },
                ["value"] = value,
            });
        }

        return buttons;
    }

    // Action.Submit and Action.Execute in the card's actions and in ActionSets anywhere in its body, in reading order
    // (a card's "refresh" action is not a button and is not walked).
    private static IEnumerable<JsonObject> SubmitActions(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj when Text(obj, "type") is "Action.Submit" or "Action.Execute":
                yield return obj;
                break;
            case JsonObject obj:
                foreach (var key in new[] { "body", "items", "columns", "actions" })
                {
                    foreach (var action in SubmitActions(obj[key]))
                    {
                        yield return action;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var action in SubmitActions(item))
                    {
                        yield return action;
                    }
                }

                break;
        }
    }

    // Paragraphs packed into sections of at most 3000 characters; past the budget the last section ends with "…".
    private static List<string> Sections(string text, int budget)
    {
        var sections = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var piece = line;
            while (piece.Length > BlockKitLimits.MaxSectionText)
            {
                Flush(sections, current);
                sections.Add(piece[..BlockKitLimits.MaxSectionText]);
                piece = piece[BlockKitLimits.MaxSectionText..];
            }

            if (current.Length + piece.Length + 1 > BlockKitLimits.MaxSectionText)
            {
                Flush(sections, current);
            }

            current.Append(current.Length > 0 ? "\n" : string.Empty).Append(piece);
        }

        Flush(sections, current);
        if (sections.Count == 0)
        {
            sections.Add(" ");
        }

        if (sections.Count > budget)
        {
            sections.RemoveRange(budget, sections.Count - budget);
            sections[^1] = Truncate(sections[^1] + Ellipsis, BlockKitLimits.MaxSectionText);
        }

        return sections;
    }

    private static void Flush(List<string> sections, StringBuilder current)
    {
        if (current.ToString().Trim().Length > 0)
        {
            sections.Add(current.ToString());
        }

        current.Clear();
    }

    private static string? Text(JsonObject obj, string name) => obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), Ellipsis);
}
