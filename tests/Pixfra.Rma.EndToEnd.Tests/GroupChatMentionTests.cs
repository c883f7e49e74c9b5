using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>In a group chat the bot only hears messages that @mention it, and reads them without the mention.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class GroupChatMentionTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task GroupChat_MessageMentioningTheBot_IsAnsweredWithTheMentionStripped()
    {
        var ct = TestContext.Current.CancellationToken;
        var mention = $"<at>{PlaygroundUsers.BotName}</at>";
        var words = $"status of my return {Nonce.Next()}";
        var since = Client.Mark();

        await Client.SendTextAsync(
            PlaygroundUsers.GroupChatId, PlaygroundUsers.CurrentUserId, $"{mention} {words}", ct,
            new PlaygroundMention(PlaygroundUsers.BotId, mention));

        var reply = await Client.WaitForBotMessageAsync(PlaygroundUsers.GroupChatId, since, e => e.Text?.Contains(words, StringComparison.Ordinal) == true, "group reply", ct);
        Assert.Equal($"You said: {words}", reply.Text);
    }
}
