using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pixfra.Rma.Cards.Rendering;

/// <summary>
/// Turns an expanded card into readable plain text (text blocks, facts, choices and button titles in card
/// order), for channels that cannot show Adaptive Cards and for notification previews.
/// </summary>
public static partial class PlainTextFallback
{
    public static string From(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var builder = new StringBuilder();
        var buttons = new List<string>();
        Walk(card["body"], builder, buttons);
        CollectActions(card["actions"], buttons);
        if (buttons.Count > 0)
        {
            builder.Append("[ ").AppendJoin(" | ", buttons).AppendLine(" ]");
        }

        return builder.ToString().TrimEnd();
    }

    private static void Walk(JsonNode? node, StringBuilder builder, List<string> buttons)
    {
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, builder, buttons);
                }

                break;
            case JsonObject element:
                WalkElement(element, builder, buttons);
                break;
        }
    }

    private static void WalkElement(JsonObject element, StringBuilder builder, List<string> buttons)
    {
        switch ((string?)element["type"])
        {
            case "TextBlock":
                builder.AppendLine(Unescape((string?)element["text"]));
                break;
            case "RichTextBlock":
                foreach (var run in element["inlines"]?.AsArray() ?? [])
                {
                    builder.Append(run is JsonObject r ? (string?)r["text"] : (string?)run);
                }

                builder.AppendLine();
                break;
            case "FactSet":
                foreach (var fact in element["facts"]?.AsArray() ?? [])
                {
                    builder.Append("- ").Append(Unescape((string?)fact?["title"])).Append(": ")
                        .AppendLine(Unescape((string?)fact?["value"]));
                }

                break;
            case "ActionSet":
                CollectActions(element["actions"], buttons);
                break;
            case "Input.ChoiceSet":
                var choices = element["choices"]?.AsArray().Select(c => (string?)c?["title"]) ?? [];
                builder.Append(Unescape((string?)element["label"])).Append(": ").AppendJoin(" / ", choices).AppendLine();
                break;
            default:
                if (element["label"] is JsonValue label && ((string?)element["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true)
                {
                    builder.Append(Unescape((string?)label)).AppendLine(": …");
                }

                break;
        }

        foreach (var container in new[] { "items", "columns", "body" })
        {
            Walk(element[container], builder, buttons);
        }

        if (element["selectAction"] is null && element["actions"] is JsonArray && (string?)element["type"] != "ActionSet")
        {
            CollectActions(element["actions"], buttons);
        }
    }

    private static void CollectActions(JsonNode? actions, List<string> buttons)
    {
        foreach (var action in actions?.AsArray() ?? [])
        {
            if ((string?)action?["title"] is { Length: > 0 } title)
            {
                buttons.Add(title);
            }
        }
    }

    private static string Unescape(string? text) => text is null ? string.Empty : BackslashEscape().Replace(text, "$1");

    [GeneratedRegex(@"\\(.)", RegexOptions.Singleline)]
    private static partial Regex BackslashEscape();
}
