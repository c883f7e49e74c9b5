using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Templates;

namespace Pixfra.Rma.Cards.Tests.Templates;

public sealed class TemplateBinderTests
{
    private static JsonObject Bind(string template, string data, Func<string, string?>? strings = null) =>
        TemplateBinder.Bind(JsonNode.Parse(template)!.AsObject(), JsonNode.Parse(data)!, strings ?? (_ => null));

    [Fact]
    public void Bind_WholeStringExpression_KeepsTheValuesJsonType()
    {
        var card = Bind("""{"n":"${count}","b":"${flag}","o":"${obj}"}""", """{"count":3,"flag":true,"obj":{"a":1}}""");

        Assert.Equal("""{"n":3,"b":true,"o":{"a":1}}""", card.ToJsonString());
    }

    [Fact]
    public void Bind_ExpressionsInsideText_AreInterpolated()
    {
        var card = Bind("""{"text":"${a} and ${b.c} (${n})"}""", """{"a":"x","b":{"c":"y"},"n":2.5}""");

        Assert.Equal("x and y (2.5)", (string?)card["text"]);
    }

    [Fact]
    public void Bind_DataOnArrayElement_RepeatsPerItemWithIndexAndRoot()
    {
        var card = Bind(
            """{"items":[{"$data":"${lines}","text":"${$index}: ${sn} of ${$root.owner}"}]}""",
            """{"owner":"Contoso","lines":[{"sn":"A1"},{"sn":"B2"}]}""");

        Assert.Equal("""{"items":[{"text":"0: A1 of Contoso"},{"text":"1: B2 of Contoso"}]}""", card.ToJsonString());
    }

    [Fact]
    public void Bind_DataOnEmptyArray_RemovesTheElement()
    {
        var card = Bind("""{"items":[{"$data":"${lines}","text":"${sn}"},{"text":"end"}]}""", """{"lines":[]}""");

        Assert.Equal("""{"items":[{"text":"end"}]}""", card.ToJsonString());
    }

    [Theory]
    [InlineData(true, """{"items":[{"text":"shown"}]}""")]
    [InlineData(false, """{"items":[{"text":"hidden"}]}""")]
    public void Bind_When_KeepsOrDropsTheElement(bool flag, string expected)
    {
        var template = """{"items":[{"$when":"${flag}","text":"shown"},{"$when":"${!flag}","text":"hidden"}]}""";

        var card = Bind(template, $$"""{"flag":{{(flag ? "true" : "false")}}}""");

        Assert.Equal(expected, card.ToJsonString());
    }

    [Theory]
    [InlineData("""{"t":"${missing}"}""", "missing")]
    [InlineData("""{"t":"a ${x.y} b"}""", "y")]
    [InlineData("""{"items":[{"$when":"${count}","t":"x"}]}""", "boolean")]
    [InlineData("""{"t":"${count > 1}"}""", "not a property path")]
    [InlineData("""{"t":"${strings.NoSuchKey}"}""", "NoSuchKey")]
    [InlineData("""{"t":"${$index}"}""", "outside a repeated element")]
    public void Bind_UnresolvableOrUnsupportedExpression_FailsLoudly(string template, string expectedInMessage)
    {
        var error = Assert.Throws<TemplateBindingException>(() => Bind(template, """{"x":{},"count":2}"""));

        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_StringsAtRoot_ComeFromTheTextResources()
    {
        var card = Bind(
            """{"a":"${strings.Title}","items":[{"$data":"${lines}","b":"${$root.strings.Title}"}]}""",
            """{"lines":[{}]}""",
            key => key == "Title" ? "Hello" : null);

        Assert.Equal("""{"a":"Hello","items":[{"b":"Hello"}]}""", card.ToJsonString());
    }

    [Fact]
    public void Bind_UserTextWithQuotesAndBraces_StaysOneJsonString()
    {
        const string hostile = "\"}, {\"type\": \"Action.OpenUrl\", \"url\": \"https://evil\" ${x}";

        var card = Bind("""{"type":"TextRun","text":"${fault}"}""", JsonValue.Create(new { fault = hostile })!.ToJsonString());

        Assert.Equal(hostile, (string?)card["text"]);
        Assert.Equal(2, card.Count);
    }

    [Fact]
    public void Bind_TextBlockAndFacts_AreMarkdownEscaped_TextRunsAreNot()
    {
        var card = Bind(
            """{"body":[{"type":"TextBlock","text":"${v}"},{"type":"FactSet","facts":[{"title":"${v}","value":"${v}"}]},{"type":"TextRun","text":"${v}"}]}""",
            """{"v":"**x** [a](b)"}""");

        var body = card["body"]!.AsArray();
        Assert.Equal(@"\*\*x\*\* \[a\](b)", (string?)body[0]!["text"]);
        Assert.Equal(@"\*\*x\*\* \[a\](b)", (string?)body[1]!["facts"]![0]!["value"]);
        Assert.Equal(@"\*\*x\*\* \[a\](b)", (string?)body[1]!["facts"]![0]!["title"]);
        Assert.Equal("**x** [a](b)", (string?)body[2]!["text"]);
    }

    [Fact]
    public void Bind_DoesNotChangeTheTemplate()
    {
        var template = JsonNode.Parse("""{"items":[{"$data":"${lines}","t":"${sn}"}]}""")!.AsObject();
        var before = template.ToJsonString();

        TemplateBinder.Bind(template, JsonNode.Parse("""{"lines":[{"sn":"A"}]}""")!, _ => null);

        Assert.Equal(before, template.ToJsonString());
    }
}
