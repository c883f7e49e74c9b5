using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>The suite's own footing: the Playground runs with the pinned configuration, against this bot.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class PlaygroundHarnessTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task Playground_Started_ServesThePinnedConversationsAndBot()
    {
        var config = (await fixture.Client.ConfigurationAsync(TestContext.Current.CancellationToken))["config"]!;

        Assert.Equal(PlaygroundUsers.PersonalChatId, config["personalChat"]?["id"]?.GetValue<string>());
        Assert.Equal(PlaygroundUsers.GroupChatId, config["groupChats"]?[0]?["id"]?.GetValue<string>());
        Assert.Equal(PlaygroundUsers.BotId, config["bot"]?["id"]?.GetValue<string>());
        Assert.Equal(5, config["users"]!.AsArray().Count);
        Assert.Contains(config["teams"]![0]!["channels"]!.AsArray(), c => c?["id"]?.GetValue<string>() == PlaygroundUsers.ChannelId);
    }

    [Fact]
    public async Task Playground_Started_PointsAtTheBotsMessagesEndpoint()
    {
        var internalConfig = (await fixture.Client.ConfigurationAsync(TestContext.Current.CancellationToken))["internalConfig"]!;

        Assert.Equal("msteams", internalConfig["channelId"]?.GetValue<string>());
        Assert.Equal("/api/messages", fixture.Bot.MessagesEndpoint.AbsolutePath);
        Assert.Equal("127.0.0.1", fixture.Bot.MessagesEndpoint.Host);
    }
}
