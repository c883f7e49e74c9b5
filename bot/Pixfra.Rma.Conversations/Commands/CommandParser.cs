using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Conversations.Commands;

/// <summary>
/// Recognises typed commands in every supported language at once (a Chinese-speaking user may type
/// <c>status PX-…</c> and an English one <c>帮助</c>). The keywords are text resources
/// (<c>Command_*_Keywords</c>, <c>|</c>-separated).
/// </summary>
/// <remarks>
/// Input is NFKC-normalised (full-width Latin letters and punctuation from Chinese keyboards become ASCII),
/// lower-cased, and compared with whitespace collapsed; a keyword must be the whole message or be followed by
/// the argument (after a space, or directly after a Chinese keyword: <c>状态PX-…</c>). The argument is returned
/// normalised the same way; serial and RMA numbers are then validated, never silently fixed, by their own parsers.
/// </remarks>
public static class CommandParser
{
    private static readonly FrozenDictionary<CommandKind, bool> TakesArgument = new Dictionary<CommandKind, bool>
    {
        [CommandKind.Help] = false,
        [CommandKind.NewRma] = false,
        [CommandKind.MyRmas] = false,
        [CommandKind.Status] = true,
        [CommandKind.Reissue] = true,
        [CommandKind.Cancel] = false,
        [CommandKind.TalkToSupport] = false,
        [CommandKind.Warranty] = true,
        [CommandKind.Queue] = false,
        [CommandKind.Lookup] = true,
        [CommandKind.SetStatus] = true,
        [CommandKind.Exclude] = true,
        [CommandKind.Ask] = true,
        [CommandKind.Note] = true,
        [CommandKind.HandBack] = true,
        [CommandKind.Resolve] = false,
    }.ToFrozenDictionary();

    // Longest keyword first, so "new rma" wins over "new" and "查询保修" over "查询".
    private static readonly (string Keyword, CommandKind Kind)[] Keywords = LoadKeywords();

    public static Command? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = Normalize(text);
        foreach (var (keyword, kind) in Keywords)
        {
            if (normalized == keyword)
            {
                return new Command(kind, null);
            }

            if (!TakesArgument[kind] || !normalized.StartsWith(keyword, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = normalized[keyword.Length..];
            var separated = rest.StartsWith(' ') || IsCjk(keyword[^1]);
            if (separated && rest.Trim() is { Length: > 0 } argument)
            {
                // Lower-casing maps char by char, so the same slice of the case-kept text is the argument as typed.
                return new Command(kind, argument, Normalize(text, lowerCase: false)[keyword.Length..].Trim());
            }
        }

        return null;
    }

    internal static string Normalize(string text, bool lowerCase = true)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        folded = lowerCase ? folded.ToLowerInvariant() : folded;
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF';

    private static (string, CommandKind)[] LoadKeywords()
    {
        var result = new List<(string, CommandKind)>();
        foreach (var kind in Enum.GetValues<CommandKind>())
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, BotCulture.SimplifiedChinese })
            {
                var keywords = BotText.OwnTexts(culture).GetValueOrDefault($"Command_{kind}_Keywords")
                    ?? throw new InvalidOperationException($"No keywords for {kind} in {culture.Name}.");
                result.AddRange(keywords.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(k => (Normalize(k), kind)));
            }
        }

        return [.. result.Distinct().OrderByDescending(k => k.Item1.Length)];
    }
}
