using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// A flow's card as a Block Kit message: its plain-text fallback as sections, then one button per action. An
/// <c>Action.Submit</c> button carries the action's data (with its verb), an <c>Action.Execute</c> button its verb and
/// data, so a click comes back as the same card action Teams sends. Actions that send the card's inputs become one
/// "open the form" button each (the card itself is stored and opened as a modal: <see cref="SlackModalBuilder"/>).
/// Always within <see cref="BlockKitLimits"/>.
/// </summary>
public static class BlockKitRenderer
{
    private const string Ellipsis = "…";

    /// <param name="formId">The stored card's id, when the card has inputs; without it, actions that send inputs are left out.</param>
    /// <param name="labels">Texts of the form buttons, in the reader's language; needed with <paramref name="formId"/>.</param>
    public static JsonArray RenderMessage(string text, JsonObject? adaptiveCard, string? formId = null, BlockKitLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buttons = adaptiveCard is null ? [] : Buttons(adaptiveCard, formId, labels);
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

    private static List<JsonObject> Buttons(JsonObject card, string? formId, BlockKitLabels? labels)
    {
        var actions = CardElements.Actions(card);
        var formActions = actions.Count(a => a.TakesInputs);
        var buttons = new List<JsonObject>();
        foreach (var action in actions)
        {
            var (actionId, label, value) = action switch
            {
                { TakesInputs: true } when formId is null || labels is null => (null, null, null),
                { TakesInputs: true } => (
                    SlackButtonValue.Id(SlackButtonValue.FormPrefix, action.Index),
                    formActions == 1 ? labels.OpenForm : string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.OpenFormFor, action.Title),
                    SlackButtonValue.FormValue(formId, action.Index)),
                { IsExecute: true, Verb: { Length: > 0 } verb } => (
                    SlackButtonValue.Id(SlackButtonValue.ExecutePrefix, action.Index), action.Title, SlackButtonValue.ExecuteValue(verb, action.Data)),
                { IsExecute: true } => (null, null, null),
                _ => (SlackButtonValue.Id(SlackButtonValue.SubmitPrefix, action.Index), action.Title, action.Data.ToJsonString()),
            };
            if (actionId is null || string.IsNullOrWhiteSpace(label) || value is null || value.Length > BlockKitLimits.MaxButtonValue)
            {
                continue;
            }

            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = actionId,
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(label, BlockKitLimits.MaxButtonLabel), ["emoji"] = true },
                ["value"] = value,
            });
        }

        // Teams runs a card's refresh (an Action.Execute, e.g. a countdown) whenever the card is shown; Slack cannot,
        // so it becomes a button whose answer updates the message in place.
        if (labels is not null
            && card["refresh"]?["action"] is JsonObject refresh
            && CardElements.Text(refresh, "type") == "Action.Execute"
            && CardElements.Text(refresh, "verb") is { Length: > 0 } refreshVerb
            && SlackButtonValue.ExecuteValue(refreshVerb, refresh["data"] as JsonObject ?? []) is { Length: <= BlockKitLimits.MaxButtonValue } refreshValue)
        {
            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = SlackButtonValue.ExecutePrefix + "refresh",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(labels.Refresh, BlockKitLimits.MaxButtonLabel), ["emoji"] = true },
                ["value"] = refreshValue,
            });
        }

        return buttons;
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

    internal static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), Ellipsis);
}
