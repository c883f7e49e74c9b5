using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>A Teams channel post that @mentions the bot is answered in the channel.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class TeamChannelTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task ChannelPost_MentioningTheBot_IsAnsweredInTheChannel()
    {
        var ct = TestContext.Current.CancellationToken;
        var mention = $"<at>{PlaygroundUsers.BotName}</at>";

        var since = Client.Mark();

        await Client.SendTextAsync(
            PlaygroundUsers.ChannelId, PlaygroundUsers.CurrentUserId, $"{mention} help", ct,
            new PlaygroundMention(PlaygroundUsers.BotId, mention));

        var reply = await Client.WaitForAsync(
            e => e.IsFromBot && e.Cards.Count > 0 && e.ConversationId?.StartsWith(PlaygroundUsers.ChannelId, StringComparison.Ordinal) == true, "channel reply", TimeSpan.FromSeconds(30), since, ct);
        Assert.Contains("Contoso Thermal Ltd (demo)", CardActions.AllText(reply.Cards[0]), StringComparison.Ordinal);
        Assert.StartsWith(PlaygroundUsers.ChannelId, reply.ConversationId, StringComparison.Ordinal);
    }
}
