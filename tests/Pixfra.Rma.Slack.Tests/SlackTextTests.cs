using Pixfra.Rma.Slack.Inbound;

namespace Pixfra.Rma.Slack.Tests;

public sealed class SlackTextTests
{
    [Theory]
    [InlineData("<@U0BOT> new rma", "new rma")]
    [InlineData("Fault: image &lt; 5 s after start &amp; noise &gt; 50%", "Fault: image < 5 s after start & noise > 50%")]
    [InlineData("typed &lt;@U1&gt; as text", "typed <@U1> as text")]
    [InlineData("&amp;lt; stays as typed", "&lt; stays as typed")]
    [InlineData("see <https://example.com/manual|the manual>", "see the manual")]
    [InlineData("see <https://example.com/manual>", "see https://example.com/manual")]
    [InlineData("ask in <#C0STAFF|support>", "ask in #support")]
    [InlineData("<!here> unit PX384", "@here unit PX384")]
    [InlineData("序列号 PX2611A04417", "序列号 PX2611A04417")]
    public void SlackMessageFormat_BecomesWhatWasTyped(string slack, string typed) =>
        Assert.Equal(typed, SlackText.ToPlain(slack));
}
