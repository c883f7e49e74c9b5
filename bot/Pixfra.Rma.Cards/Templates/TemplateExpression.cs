using System.Text.Json.Nodes;

namespace Pixfra.Rma.Cards.Templates;

/// <summary>
/// One <c>${…}</c> expression of the templating subset we bind in C#: an optional <c>!</c> followed by a
/// path such as <c>rma.number</c>, <c>lines[0].serialNumber</c>, <c>$root.strings.Help_Title</c> or <c>$index</c>.
/// </summary>
/// <remarks>
/// The subset is deliberately small: Adaptive Card templating (adaptivecards-templating) accepts the whole
/// Adaptive Expressions language, but our card models precompute everything (formatted dates, counts,
/// flags), so templates only need paths. A template that uses anything else fails to bind, loudly.
/// </remarks>
internal sealed record TemplateExpression(bool Negated, IReadOnlyList<PathSegment> Path, string Source)
{
    public static TemplateExpression Parse(string source)
    {
        var text = source.Trim();
        var negated = text.StartsWith('!');
        if (negated)
        {
            text = text[1..].TrimStart();
        }

        var segments = new List<PathSegment>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0 || !int.TryParse(text.AsSpan(i + 1, close - i - 1), out var index) || index < 0)
                {
                    throw new TemplateBindingException($"Bad index in expression '${{{source}}}'.");
                }

                segments.Add(PathSegment.ForIndex(index));
                i = close + 1;
                continue;
            }

            if (text[i] == '.')
            {
                if (segments.Count == 0)
                {
                    throw new TemplateBindingException($"Expression '${{{source}}}' starts with a dot.");
                }

                i++;
            }

            var start = i;
            while (i < text.Length && IsNameChar(text[i], i == start))
            {
                i++;
            }

            if (i == start)
            {
                throw new TemplateBindingException(
                    $"Expression '${{{source}}}' is not a property path; only paths (with an optional '!') are supported.");
            }

            segments.Add(PathSegment.ForName(text[start..i]));
        }

        if (segments.Count == 0)
        {
            throw new TemplateBindingException("Empty expression '${}'.");
        }

        return new TemplateExpression(negated, segments, source);
    }

    private static bool IsNameChar(char c, bool first) =>
        char.IsAsciiLetter(c) || c == '_' || (first ? c == '$' : char.IsAsciiDigit(c));
}

internal readonly record struct PathSegment(string? Name, int Index)
{
    public static PathSegment ForName(string name) => new(name, -1);

    public static PathSegment ForIndex(int index) => new(null, index);

    public JsonNode? Step(JsonNode? node) => Name is null
        ? node is JsonArray array && Index < array.Count ? array[Index] : null
        : node is JsonObject obj && obj.TryGetPropertyValue(Name, out var value) ? value : null;
}
