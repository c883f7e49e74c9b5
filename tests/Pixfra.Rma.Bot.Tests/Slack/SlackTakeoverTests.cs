using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests.Slack;

/// <summary>
/// Staff takeover from a Slack staff channel, through the real endpoints with signed requests: the handoff card is
/// posted in the channel, its buttons are handled like Teams invokes and only for staff (Slack team + user in the
/// staff directory), and the handoff's thread relays both ways.
/// </summary>
public sealed class SlackTakeoverTests : IAsyncLifetime
{
    private const string Pixfra = "T0PIXFRA";
    private const string StaffChannel = "C0STAFF";
    private const string Contoso = "T0CONTOSO";
    private const string Ana = "U0ANA";
    private const string AnaDm = "D0ANA";
    private const string Li = "U0LI";
    private FakeSlackWebApi _slack = null!;
    private SlackAppHost _host = null!;
    private HttpClient _client = null!;
    private int _events;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _host = new SlackAppHost(_slack, new FakeClock(Instant.FromUtc(2026, 12, 2, 2, 0)), new Dictionary<string, string?>
        {
            ["Support:SlackStaffChannel:TeamId"] = Pixfra,
            ["Support:SlackStaffChannel:ChannelId"] = StaffChannel,
        });
        _client = _host.CreateClient();
        var services = _host.Services;
        await services.GetRequiredService<IRepairStationDirectory>().SaveAsync(new RepairStation("st-eu", "EU station", "Berlin", ["EU"]), null, Ct);
        await services.GetRequiredService<IDistributorDirectory>().SaveAsync(
            new Distributor("contoso", "Contoso Thermal", "EU", "st-eu", "en", [DistributorIdentity.SlackTeam(Contoso)]), null, Ct);
        await services.GetRequiredService<IStaffDirectory>().SaveAsync(
            new StaffMember("staff-li", "Li Wei", "li@pixfra.example", null, Li, Active: true, SlackTeamId: Pixfra), null, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task Handoff_FromASlackDm_IsTakenOverAndRelayedThroughTheStaffChannelThread_AndResolved()
    {
        var (card, cardTs) = await EscalateAsync();
        Assert.Equal(SlackConversations.Thread(Pixfra, StaffChannel, cardTs), (await HandoffAsync()).StaffThread);
        Assert.Empty(BlockKitLimits.Check(card.Arguments["blocks"]!.AsArray(), BlockKitSurface.Message));

        await ClickAsync(Pixfra, Li, Button(card, "handoff.claim"), cardTs);
        var joined = await PostedAsync(AnaDm, "Li Wei from Pixfra support has joined");
        var claimedCard = (await _slack.WaitForAsync(c => c.Method == "chat.update" && c.Argument("ts") == cardTs && c.Argument("channel") == StaffChannel))[^1];
        Assert.Null(joined.Argument("thread_ts"));
        Assert.Equal(HandoffState.Claimed, (await HandoffAsync()).State);

        await SendAsync(Message(Contoso, Ana, AnaDm, "The screen stays white"));
        var relayedToStaff = await PostedAsync(StaffChannel, "The screen stays white");
        Assert.Equal(cardTs, relayedToStaff.Argument("thread_ts"));

        await SendAsync(Message(Pixfra, Li, StaffChannel, "Please send the invoice", threadTs: cardTs));
        await PostedAsync(AnaDm, "Support (Li Wei): Please send the invoice");

        await SendAsync(Message(Pixfra, Li, StaffChannel, "lunch, anyone?"));
        await ClickAsync(Pixfra, Li, Button(claimedCard, "handoff.resolve"), cardTs);
        await PostedAsync(AnaDm, "Pixfra support closed your request");

        Assert.Equal(HandoffState.Resolved, (await HandoffAsync()).State);
        Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage" && c.Argument("channel") == StaffChannel && c.Argument("thread_ts") is null);
    }

    [Fact]
    public async Task RequestInfo_FromTheSlackCard_OpensAModal_WhoseQuestionReachesTheDistributor()
    {
        var view = await ClaimAndOpenFormAsync(0); // Request info, then Hand back: they send the card's inputs

        await SendInteractionAsync(SlackInteractions.Submission(Pixfra, Li, view, new Dictionary<string, string> { ["question"] = "Which firmware version is installed?" }));

        var asked = await PostedAsync(AnaDm, "Which firmware version is installed?");
        Assert.Contains("Pixfra support needs more information", asked.Argument("text"), StringComparison.Ordinal);
        Assert.Null(asked.Argument("thread_ts"));
        Assert.Equal(HandoffState.Claimed, (await HandoffAsync()).State);
    }

    [Fact]
    public async Task HandBack_FromTheSlackCard_OpensAModal_AndGivesTheChatBackToTheAssistant()
    {
        var view = await ClaimAndOpenFormAsync(1);

        await SendInteractionAsync(SlackInteractions.Submission(Pixfra, Li, view, new Dictionary<string, string> { ["step"] = "menu" }));

        await PostedAsync(AnaDm, "Pixfra support handed this chat back to me");
        await SendAsync(Message(Contoso, Ana, AnaDm, "new rma"));
        await PostedAsync(AnaDm, "Back up programs and data"); // the assistant answers again, not the staff thread
    }

    /// <summary>Ana escalates, Li takes over, then opens the claimed card's form button <paramref name="index"/> in the thread.</summary>
    private async Task<JsonObject> ClaimAndOpenFormAsync(int index)
    {
        var (card, cardTs) = await EscalateAsync();
        await ClickAsync(Pixfra, Li, Button(card, "handoff.claim"), cardTs);
        var claimedCard = (await _slack.WaitForAsync(c => c.Method == "chat.update" && c.Argument("ts") == cardTs && c.Argument("channel") == StaffChannel))[^1];
        var formButtons = Buttons(claimedCard).Where(b => ((string)b["action_id"]!).StartsWith(SlackButtonValue.FormPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, formButtons.Count);

        await SendInteractionAsync(SlackInteractions.Click(Pixfra, Li, StaffChannel, cardTs, formButtons[index]));
        var view = (await _slack.WaitForAsync(c => c.Method == "views.open"))[0].Arguments["view"]!.AsObject();
        Assert.Empty(BlockKitLimits.CheckView(view));
        Assert.Equal(cardTs, SlackFormMetadata.Read((string?)view["private_metadata"])!.ThreadTs); // the modal remembers the staff thread
        return view;
    }

    [Theory]
    [InlineData(Pixfra, "U0OUTSIDER")]
    [InlineData(Contoso, Li)]
    public async Task TakeOver_BySomeoneNotInTheStaffDirectory_ForThisWorkspace_IsRefusedToThemAlone_AndChangesNothing(string team, string user)
    {
        var (card, cardTs) = await EscalateAsync();

        await ClickAsync(team, user, Button(card, "handoff.claim"), cardTs);

        var refusal = (await _slack.WaitForAsync(c => c.Method == "chat.postEphemeral"))[0];
        Assert.Equal((user, StaffChannel, "Only Pixfra support staff can do that."), (refusal.Argument("user"), refusal.Argument("channel"), refusal.Argument("text")));
        Assert.Equal(HandoffState.Waiting, (await HandoffAsync()).State);
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "chat.update" || (c.Method == "chat.postMessage" && c.Argument("channel") == AnaDm && c.Argument("text")!.Contains("joined", StringComparison.Ordinal)));
    }

    /// <summary>Ana asks for a person; returns the card posted in the staff channel and its ts.</summary>
    private async Task<(SlackCall Card, string Ts)> EscalateAsync()
    {
        await SendAsync(Message(Contoso, Ana, AnaDm, "talk to support"));
        var card = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == StaffChannel))[0];
        Assert.NotNull(Button(card, "handoff.claim"));

        // The thread is saved on the handoff right after the post; wait for that write (a hang guard, not a timing check).
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        guard.CancelAfter(TimeSpan.FromSeconds(30));
        string? ts;
        while ((ts = (await HandoffAsync()).CardActivityId) is null)
        {
            await Task.Delay(20, guard.Token);
        }

        return (card, ts);
    }

    private async Task<Handoff> HandoffAsync()
    {
        var found = await _host.Services.GetRequiredService<IHandoffStore>().FindActiveByDistributorConversationAsync(SlackConversations.Key(Contoso, AnaDm), Ct);
        if (found is not null)
        {
            return found.Value;
        }

        // Closed handoffs are no longer "active": find it by its thread.
        var thread = _slack.Calls.First(c => c.Method == "chat.update").Argument("ts")!;
        return (await _host.Services.GetRequiredService<IHandoffStore>().FindByStaffThreadAsync(SlackConversations.Thread(Pixfra, StaffChannel, thread), Ct))!.Value;
    }

    private async Task<SlackCall> PostedAsync(string channel, string text) =>
        (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == channel && c.Argument("text")!.Contains(text, StringComparison.Ordinal)))[0];

    private static JsonObject? Button(SlackCall post, string verb) =>
        Buttons(post).FirstOrDefault(b => SlackButtonValue.Read(new SlackAction((string)b["action_id"]!, (string?)b["value"])) is SlackButtonValue.Execute e && e.Verb == verb);

    private static IEnumerable<JsonObject> Buttons(SlackCall post) =>
        post.Arguments["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    private string Message(string team, string user, string channel, string text, string? threadTs = null)
    {
        var slackEvent = new JsonObject { ["type"] = "message", ["user"] = user, ["channel"] = channel, ["text"] = text, ["ts"] = $"1764660000.{++_events:D6}" };
        if (threadTs is not null)
        {
            slackEvent["thread_ts"] = threadTs;
        }

        return new JsonObject { ["type"] = "event_callback", ["team_id"] = team, ["event_id"] = $"Ev{Guid.NewGuid():N}", ["event"] = slackEvent }.ToJsonString();
    }

    private async Task ClickAsync(string team, string user, JsonObject? button, string messageTs)
    {
        Assert.NotNull(button);
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = user },
            ["channel"] = new JsonObject { ["id"] = StaffChannel },
            ["message"] = new JsonObject { ["ts"] = messageTs },
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["value"] = button["value"]!.DeepClone() }),
        }.ToJsonString();
        using var request = SignedSlackRequest.Interactivity("/api/slack/interactivity", payload, SlackAppHost.Secret, DateTimeOffset.UtcNow);
        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SendInteractionAsync(string payload)
    {
        using var request = SignedSlackRequest.Interactivity("/api/slack/interactivity", payload, SlackAppHost.Secret, DateTimeOffset.UtcNow);
        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task SendAsync(string json)
    {
        using var request = SignedSlackRequest.Events("/api/slack/events", json, SlackAppHost.Secret, DateTimeOffset.UtcNow);
        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
