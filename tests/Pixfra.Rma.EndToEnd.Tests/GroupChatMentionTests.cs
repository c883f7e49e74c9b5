using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>In a group chat the bot only hears messages that @mention it, and reads them without the mention.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class GroupChatMentionTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task GroupChat_MessageMentioningTheBot_IsReadWithTheMentionStripped()
    {
        var ct = TestContext.Current.CancellationToken;
        var mention = $"<at>{PlaygroundUsers.BotName}</at>";
        var since = Client.Mark();

        // "help" is only a command without the mention in front of it.
        await Client.SendTextAsync(PlaygroundUsers.GroupChatId, PlaygroundUsers.CurrentUserId, $"{mention} help", ct, new PlaygroundMention(PlaygroundUsers.BotId, mention));

        var reply = await Client.WaitForBotMessageAsync(PlaygroundUsers.GroupChatId, since, e => e.Cards.Count > 0, "menu in the group chat", ct);
        Assert.Contains("Contoso Thermal Ltd (demo)", CardActions.AllText(reply.Cards[0]), StringComparison.Ordinal);
    }
}
