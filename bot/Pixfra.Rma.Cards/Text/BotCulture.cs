using System.Globalization;

namespace Pixfra.Rma.Cards.Text;

/// <summary>The languages the bot speaks, and which one to use for an activity's locale.</summary>
public static class BotCulture
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static CultureInfo SimplifiedChinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");

    public static IReadOnlyList<CultureInfo> Supported { get; } = [English, SimplifiedChinese];

    /// <summary>
    /// Maps a channel locale (BCP 47: <c>zh-CN</c>, <c>zh-SG</c>, <c>zh-Hans-CN</c>, <c>en-US</c>…) to a supported
    /// culture. Traditional Chinese locales (<c>zh-TW</c>, <c>zh-HK</c>, <c>zh-Hant</c>) fall back to English
    /// rather than to Simplified Chinese, which many of those readers do not prefer.
    /// </summary>
    public static CultureInfo FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return English;
        }

        var tag = locale.Trim().Replace('_', '-').ToUpperInvariant();
        if (tag is "ZH" or "ZH-CN" or "ZH-SG" or "ZH-MY" || tag.StartsWith("ZH-HANS", StringComparison.Ordinal))
        {
            return SimplifiedChinese;
        }

        return English;
    }
}
