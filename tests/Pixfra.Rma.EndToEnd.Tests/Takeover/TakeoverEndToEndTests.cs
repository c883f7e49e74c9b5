using System.Text.Json.Nodes;
using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests.Takeover;

/// <summary>
/// Issue 7 end to end: the distributor asks for support, the handoff card appears in the staff instance's channel
/// (a new thread), staff take over, both sides write and see each other, staff hand back and the bot answers again.
/// </summary>
[Collection(TakeoverSuite.Name)]
public sealed class TakeoverEndToEndTests(TakeoverFixture fixture)
{
    private const string Mention = "<at>Pixfra RMA</at>";

    private PlaygroundClient Distributor => fixture.Distributor;

    private PlaygroundClient Staff => fixture.Staff;

    [Fact]
    public async Task TalkToSupport_TakeOver_RelayBothWays_HandBack()
    {
        var ct = TestContext.Current.CancellationToken;
        var alex = new RmaConversation(Distributor);
        await alex.SayAsync("help", "Contoso Thermal Ltd (demo)", ct);

        // The distributor escalates; the card appears in the staff channel as a new thread.
        var staffSince = Staff.Mark();
        var since = Distributor.Mark();
        await Distributor.SendTextAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, "talk to support", ct);
        await alex.TextAsync(since, "asked Pixfra support to join this chat", ct);
        var posted = await Staff.WaitForAsync(
            e => e.IsFromBot && e.ConversationId.StartsWith(PlaygroundProfile.Staff.ChannelId, StringComparison.Ordinal) && e.Cards.Count > 0,
            "handoff card in the staff channel", TimeSpan.FromSeconds(30), staffSince, ct);
        // The Playground threads channel posts: the card is the root of a post conversation "<channel>;messageid=<id>".
        var thread = ThreadOf(posted);
        Assert.Equal($"{PlaygroundProfile.Staff.ChannelId};messageid={posted.MessageId}", thread);
        var card = posted.Cards[0];
        Assert.Contains("Alex Wilber", CardActions.AllText(card), StringComparison.Ordinal);
        Assert.Contains("Asked to talk to support", CardActions.AllText(card), StringComparison.Ordinal);
        var handoffId = (string)FindExecute(card, "handoff.claim")["handoff"]!;

        // Staff take over: the card refreshes in place, the distributor is told.
        since = Distributor.Mark();
        var claimed = await Staff.ExecuteAsync(thread, PlaygroundProfile.Staff.UserId, posted.MessageId!, "handoff.claim", new JsonObject { ["handoff"] = handoffId }, ct);
        Assert.Contains("Taken over by Zhang Min (demo)", CardActions.AllText((JsonObject)claimed["value"]!), StringComparison.Ordinal);
        await alex.TextAsync(since, "Zhang Min (demo) from Pixfra support has joined this chat", ct);
        await Staff.WaitForAsync(
            e => e.Action == "updateMessage" && e.MessageId == posted.MessageId && e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains("Taken over by Zhang Min (demo)", StringComparison.Ordinal),
            "the card updated in place for everyone", TimeSpan.FromSeconds(30), staffSince, ct);

        // The distributor writes: staff see it in the thread, the bot stays silent.
        staffSince = Staff.Mark();
        since = Distributor.Mark();
        await Distributor.SendTextAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, "The unit smells burnt", ct);
        await Staff.WaitForAsync(
            e => e.IsFromBot && ThreadOf(e) == thread && e.Text == "Distributor Alex Wilber: The unit smells burnt", "relayed distributor message", TimeSpan.FromSeconds(30), staffSince, ct);

        // Staff reply in the thread: the distributor sees it as from support.
        await Staff.SendTextAsync(thread, PlaygroundProfile.Staff.UserId, $"{Mention} Please send a photo of the label.", ct, new PlaygroundMention(PlaygroundUsers.BotId, Mention));
        await alex.TextAsync(since, "Support (Zhang Min (demo)): Please send a photo of the label.", ct);
        Assert.DoesNotContain(Distributor.Events.Skip(since), e => e.IsFromBot && e.Cards.Count > 0);

        // Staff hand back: the distributor is told and the bot answers again.
        since = Distributor.Mark();
        await Staff.SendTextAsync(thread, PlaygroundProfile.Staff.UserId, $"{Mention} hand back", ct, new PlaygroundMention(PlaygroundUsers.BotId, Mention));
        await alex.TextAsync(since, "Pixfra support handed this chat back to me", ct);
        await alex.SayAsync("my rmas", "RMAs", ct);
        await Staff.WaitForAsync(
            e => e.Action == "updateMessage" && e.MessageId == posted.MessageId && e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains("Closed at", StringComparison.Ordinal),
            "the card, closed, updated for everyone", TimeSpan.FromSeconds(30), staffSince, ct);
    }

    private static string ThreadOf(PlaygroundEvent e) => e.Message["postConversationId"]?.GetValue<string>() ?? e.ConversationId;

    private static JsonObject FindExecute(JsonObject card, string verb) =>
        card["actions"]!.AsArray().OfType<JsonObject>().Single(a => (string?)a["verb"] == verb)["data"]!.AsObject();
}
