using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Cards.Tests.Text;

public sealed class BotCultureTests
{
    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-cn", "zh-Hans")]
    [InlineData("zh_CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh-Hans-CN", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("zh-TW", "en")]
    [InlineData("zh-Hant-HK", "en")]
    [InlineData("en-US", "en")]
    [InlineData("de-DE", "en")]
    [InlineData("", "en")]
    [InlineData(null, "en")]
    public void FromLocale_MapsChannelLocaleToASupportedCulture(string? locale, string expected)
    {
        Assert.Equal(expected, BotCulture.FromLocale(locale).Name);
    }
}
