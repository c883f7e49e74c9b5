using System.Text.RegularExpressions;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// What a person typed, from Slack's message format: Slack escapes <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> and wraps
/// mentions, channels and links in angle brackets. Mentions of users are dropped (they are how the bot was
/// addressed), the rest becomes the text shown, and only then are the three entities decoded, so a typed
/// "&lt;@U1&gt;" stays text.
/// </summary>
public static partial class SlackText
{
    public static string ToPlain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unwrapped = ControlSequence().Replace(text, match =>
        {
            var inner = match.Groups["inner"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return inner[0] switch
            {
                '@' => string.Empty,
                '#' => "#" + (label ?? inner[1..]),
                '!' => "@" + (label ?? inner[1..]),
                _ => label ?? inner,
            };
        });
        return unwrapped.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Trim();
    }

    [GeneratedRegex("<(?<inner>[^<>|]+)(?:\\|(?<label>[^<>]*))?>")]
    private static partial Regex ControlSequence();
}
