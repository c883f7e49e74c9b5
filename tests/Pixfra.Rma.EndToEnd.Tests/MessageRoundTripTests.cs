using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>Text typed in the Playground reaches the bot through /api/messages and the reply comes back through its connector.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class MessageRoundTripTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task PersonalChat_TextMessage_IsEchoedWithTheTestCard()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = $"hello {Nonce.Next()}";
        var since = Client.Mark();

        await Client.SendTextAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, text, ct);

        var echo = await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Text == $"You said: {text}", "echo", ct);
        var card = await Client.WaitForCardAfterAsync(echo, ct);
        Assert.Contains("Count: 0.", Assert.Single(card.Cards).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChat_ChineseLocaleActivity_IsAnsweredInChinese()
    {
        var ct = TestContext.Current.CancellationToken;
        var text = $"你好 {Nonce.Next()}";
        var activity = await Client.CustomActivityTemplateAsync(PlaygroundUsers.PersonalChatId, ct);
        activity["type"] = "message";
        activity["text"] = text;
        activity["locale"] = "zh-CN";
        var since = Client.Mark();

        await Client.SendCustomActivityAsync(activity, ct);

        await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Text == $"您说：{text}", "Chinese echo", ct);
    }

    [Fact]
    public async Task PersonalChat_InstallationUpdate_IsAnsweredWithTheWelcomeCard()
    {
        var ct = TestContext.Current.CancellationToken;
        var activity = await Client.CustomActivityTemplateAsync(PlaygroundUsers.PersonalChatId, ct);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity["locale"] = "en-US";
        var since = Client.Mark();

        await Client.SendCustomActivityAsync(activity, ct);

        var welcome = await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Cards.Count > 0, "welcome card", ct);
        Assert.Equal("Pixfra RMA assistant", welcome.Cards[0]["body"]![0]!["text"]!.GetValue<string>());
    }
}
