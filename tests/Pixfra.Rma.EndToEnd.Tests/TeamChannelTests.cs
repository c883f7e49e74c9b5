using System.Text.Json.Nodes;
using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>Group conversations beyond the personal chat: a Teams channel post and people joining a group chat.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class TeamChannelTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task ChannelPost_MentioningTheBot_IsAnsweredInTheChannel()
    {
        var ct = TestContext.Current.CancellationToken;
        var mention = $"<at>{PlaygroundUsers.BotName}</at>";
        var words = $"escalate case {Nonce.Next()}";
        var since = Client.Mark();

        await Client.SendTextAsync(
            PlaygroundUsers.ChannelId, PlaygroundUsers.CurrentUserId, $"{mention} {words}", ct,
            new PlaygroundMention(PlaygroundUsers.BotId, mention));

        var reply = await Client.WaitForAsync(
            e => e.IsFromBot && e.Text == $"You said: {words}", "channel reply", TimeSpan.FromSeconds(30), since, ct);
        Assert.StartsWith(PlaygroundUsers.ChannelId, reply.ConversationId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_PersonAdded_IsWelcomedByName()
    {
        var ct = TestContext.Current.CancellationToken;
        var activity = await Client.CustomActivityTemplateAsync(PlaygroundUsers.GroupChatId, ct);
        activity["type"] = "conversationUpdate";
        activity["locale"] = "en-US";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:user-megan-bowen", ["name"] = "Megan Bowen" });
        var since = Client.Mark();

        await Client.SendCustomActivityAsync(activity, ct);

        var welcome = await Client.WaitForBotMessageAsync(PlaygroundUsers.GroupChatId, since, e => e.Cards.Count > 0, "welcome card", ct);
        Assert.StartsWith("Hello Megan Bowen!", welcome.Cards[0]["body"]![1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
