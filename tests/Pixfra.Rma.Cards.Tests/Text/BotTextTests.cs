using System.Globalization;
using System.Text.RegularExpressions;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Cards.Tests.Text;

public sealed partial class BotTextTests
{
    [Fact]
    public void SimplifiedChinese_HasEveryEnglishText_AndNoOthers()
    {
        var english = BotText.OwnTexts(CultureInfo.InvariantCulture).Keys.Order().ToList();
        var chinese = BotText.OwnTexts(BotCulture.SimplifiedChinese).Keys.Order().ToList();

        Assert.NotEmpty(english);
        Assert.Equal(english, chinese);
    }

    [Fact]
    public void EveryTextTheTemplatesUse_Exists()
    {
        var keys = BotText.OwnTexts(CultureInfo.InvariantCulture);
        var used = CardTemplates.Names
            .SelectMany(name => StringReference().Matches(CardTemplates.Get(name).ToJsonString()))
            .Select(match => match.Groups[1].Value)
            .Distinct()
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used, key => Assert.True(keys.ContainsKey(key), $"cards/ uses strings.{key}, which no resource defines."));
    }

    [Fact]
    public void Get_InChinese_ReturnsTheChineseText()
    {
        Assert.Equal("帮助", BotText.Get("Command_Help_Button", BotCulture.SimplifiedChinese));
        Assert.Equal("Help", BotText.Get("Command_Help_Button", BotCulture.English));
    }

    [GeneratedRegex(@"strings\.([A-Za-z0-9_]+)")]
    private static partial Regex StringReference();
}
