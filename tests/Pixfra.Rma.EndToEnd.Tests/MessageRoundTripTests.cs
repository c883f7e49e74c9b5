using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>Text typed in the Playground reaches the bot through /api/messages and the reply comes back through its connector.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class MessageRoundTripTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task PersonalChat_Help_IsAnsweredWithTheMenuForTheDemoDistributor()
    {
        var ct = TestContext.Current.CancellationToken;

        var menu = await new RmaConversation(Client).SayAsync("help", "Contoso Thermal Ltd (demo)", ct);

        Assert.Contains("Hello Alex Wilber", CardActions.AllText(menu.Cards[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_ChineseLocaleActivity_IsAnsweredInChinese()
    {
        var ct = TestContext.Current.CancellationToken;
        var activity = await Client.CustomActivityTemplateAsync(PlaygroundUsers.PersonalChatId, ct);
        activity["type"] = "message";
        activity["text"] = "帮助";
        activity["locale"] = "zh-CN";
        var since = Client.Mark();

        await Client.SendCustomActivityAsync(activity, ct);

        await Client.WaitForBotMessageAsync(
            PlaygroundUsers.PersonalChatId, since, e => e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains("欢迎使用 Pixfra RMA", StringComparison.Ordinal), "Chinese menu", ct);
    }
}
