using Pixfra.Rma.Cards.Templates;

namespace Pixfra.Rma.Cards.Tests.Templates;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("PF-2023-A0017", "PF-2023-A0017")]
    [InlineData("Valid until 23 Dec 2026.", "Valid until 23 Dec 2026.")]
    [InlineData("**bold**", @"\*\*bold\*\*")]
    [InlineData("_it_", @"\_it\_")]
    [InlineData("[x](http://e)", @"\[x\](http://e)")]
    [InlineData("`code`", @"\`code\`")]
    [InlineData("<at>Bob</at>", @"\<at\>Bob\</at\>")]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("# title", @"\# title")]
    [InlineData("- item", @"\- item")]
    [InlineData("  + item", @"  \+ item")]
    [InlineData("12. item", @"12\. item")]
    [InlineData("1) item", @"1\) item")]
    [InlineData("line\n- item", "line\n\\- item")]
    [InlineData("2026-12-23 is a Wednesday", "2026-12-23 is a Wednesday")]
    [InlineData("价格 *含税*", @"价格 \*含税\*")]
    public void Escape_EscapesOnlyWhatCanStartMarkup(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.Escape(text));
    }
}
