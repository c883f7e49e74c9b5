using System.Text.Json.Nodes;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>
/// Reads values a card sent back. Card data is user-controlled: anything can arrive, of any type and size,
/// so every read is typed, trimmed and bounded here and never trusted further in.
/// </summary>
public static class CardData
{
    /// <summary>The trimmed string value of <paramref name="name"/>, null when missing, empty or not a string.</summary>
    public static string? Text(JsonObject? data, string name)
    {
        if (data?[name] is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            return null;
        }

        var trimmed = RemoveControlCharacters(text).Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    /// <summary>True when the text is longer than <paramref name="max"/> characters.</summary>
    public static bool TooLong(string? text, int max) => text is not null && text.Length > max;

    // Line breaks stay (fault descriptions, pasted lists); other control characters never belong in a card.
    private static string RemoveControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? new string(text.Where(c => !char.IsControl(c) || c is '\n' or '\r' or '\t').ToArray())
            : text;
}
