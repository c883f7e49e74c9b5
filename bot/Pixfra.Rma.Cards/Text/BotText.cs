using System.Collections;
using System.Globalization;
using System.Resources;

namespace Pixfra.Rma.Cards.Text;

/// <summary>Every user-facing text of the bot (English neutral resources, Simplified Chinese satellite).</summary>
public static class BotText
{
    private static readonly ResourceManager Resources = new("Pixfra.Rma.Cards.Text.BotText", typeof(BotText).Assembly);

    /// <summary>The text for <paramref name="key"/>, or null when no such resource exists.</summary>
    public static string? Find(string key, CultureInfo culture) => Resources.GetString(key, culture);

    public static string Get(string key, CultureInfo culture) =>
        Find(key, culture) ?? throw new KeyNotFoundException($"No text resource named '{key}'.");

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>
    /// The texts defined by <paramref name="culture"/>'s own resource file, without fallback (the invariant culture is
    /// the neutral English file), for checking that every language has every text.
    /// </summary>
    public static IReadOnlyDictionary<string, string> OwnTexts(CultureInfo culture)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            return result;
        }

        foreach (DictionaryEntry entry in set)
        {
            if (entry.Value is string text)
            {
                result[(string)entry.Key] = text;
            }
        }

        return result;
    }

    /// <summary>Every text as a reader in <paramref name="culture"/> sees it (own text, else the neutral text).</summary>
    public static IReadOnlyDictionary<string, string> ResolvedTexts(CultureInfo culture)
    {
        var result = new Dictionary<string, string>(OwnTexts(CultureInfo.InvariantCulture), StringComparer.Ordinal);
        foreach (var (key, text) in OwnTexts(culture))
        {
            result[key] = text;
        }

        return result;
    }
}
