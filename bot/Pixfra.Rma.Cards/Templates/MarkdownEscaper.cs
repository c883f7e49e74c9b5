using System.Text;

namespace Pixfra.Rma.Cards.Templates;

/// <summary>
/// Escapes text for the markdown subset Adaptive Card TextBlocks render (emphasis, links, lists, code), with
/// CommonMark backslash escapes. Only characters that can start markup are escaped, so ordinary text (dates,
/// hyphenated serial numbers, sentences) stays as typed on clients that show escapes imperfectly.
/// </summary>
public static class MarkdownEscaper
{
    private const string InlineSpecials = "\\*_~[]`<>";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart)
            {
                if (c is '#' or '-' or '+' or '=' or '|')
                {
                    builder.Append('\\');
                }
                else if (char.IsAsciiDigit(c) && IsOrderedListMarker(text, i, out var markerEnd))
                {
                    builder.Append(text, i, markerEnd - i).Append('\\').Append(text[markerEnd]);
                    i = markerEnd;
                    lineStart = false;
                    continue;
                }
            }

            if (InlineSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    private static bool IsOrderedListMarker(string text, int start, out int markerEnd)
    {
        var i = start;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        markerEnd = i;
        return i < text.Length && text[i] is '.' or ')';
    }
}
