using System.Net;
using System.Text.Json.Nodes;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Slack.Tests;

public sealed class SlackEndpointTests : IAsyncLifetime
{
    private const string Events = "/api/slack/events";
    private SlackAppHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await SlackAppHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task UrlVerification_IsAnsweredWithTheChallenge()
    {
        var response = await SendAsync(SignedSlackRequest.Events(Events, """{"type":"url_verification","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}""", SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_SignedMessage_IsAcknowledged_AndHandledAfterwards()
    {
        var response = await SendAsync(SignedSlackRequest.Events(Events, Message("Ev1", "hello"), SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = await _host.Handled.WaitForAsync<SlackEvent>(e => e.EventId == "Ev1");
        Assert.Equal(("T0001", "U0001", "D0001", "hello"), (handled.TeamId, handled.UserId, handled.ChannelId, handled.Text));
    }

    public static TheoryData<string, string> RefusedRequests => new()
    {
        { "forged signature", "forged" },
        { "stale timestamp (6 minutes old)", "stale" },
        { "no signature headers", "unsigned" },
    };

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task An_UnverifiedRequest_IsRefusedWith401_AndNeverHandled(string description, string kind)
    {
        var now = _host.Time.GetUtcNow();
        var request = kind switch
        {
            "forged" => SignedSlackRequest.Events(Events, Message("EvBad", "hi"), "not-the-secret", now),
            "stale" => SignedSlackRequest.Events(Events, Message("EvBad", "hi"), SlackAppHost.Secret, now.AddMinutes(-6)),
            _ => new HttpRequestMessage(HttpMethod.Post, Events) { Content = new StringContent(Message("EvBad", "hi")) },
        };

        var response = await SendAsync(request);
        await SendAsync(SignedSlackRequest.Events(Events, Message("EvAfter", "after"), SlackAppHost.Secret, now));
        await _host.Handled.WaitForAsync<SlackEvent>(e => e.EventId == "EvAfter");

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, description);
        Assert.DoesNotContain(_host.Handled.Items.OfType<SlackEvent>(), e => e.EventId == "EvBad");
    }

    [Fact]
    public async Task A_ReplayedRequest_And_SlacksRetry_AreAcknowledged_ButHandledOnce()
    {
        var now = _host.Time.GetUtcNow();
        var body = Message("EvOnce", "once");

        var first = await SendAsync(SignedSlackRequest.Events(Events, body, SlackAppHost.Secret, now));
        var replay = await SendAsync(SignedSlackRequest.Events(Events, body, SlackAppHost.Secret, now));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        var retry = await SendAsync(SignedSlackRequest.Events(Events, body, SlackAppHost.Secret, _host.Time.GetUtcNow(), retryNum: 1));
        await SendAsync(SignedSlackRequest.Events(Events, Message("EvAfter", "after"), SlackAppHost.Secret, _host.Time.GetUtcNow()));
        await _host.Handled.WaitForAsync<SlackEvent>(e => e.EventId == "EvAfter");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { first.StatusCode, replay.StatusCode, retry.StatusCode });
        Assert.Single(_host.Handled.Items.OfType<SlackEvent>(), e => e.EventId == "EvOnce");
    }

    [Fact]
    public async Task The_BotsOwnMessages_AreNotTurns()
    {
        var own = """{"type":"event_callback","team_id":"T0001","event_id":"EvBot","event":{"type":"message","user":"U0BOT","bot_id":"B0001","channel":"D0001","text":"my reply","ts":"1.1"}}""";

        await SendAsync(SignedSlackRequest.Events(Events, own, SlackAppHost.Secret, _host.Time.GetUtcNow()));
        await SendAsync(SignedSlackRequest.Events(Events, Message("EvAfter", "after"), SlackAppHost.Secret, _host.Time.GetUtcNow()));
        await _host.Handled.WaitForAsync<SlackEvent>(e => e.EventId == "EvAfter");

        Assert.DoesNotContain(_host.Handled.Items.OfType<SlackEvent>(), e => e.EventId == "EvBot");
    }

    [Fact]
    public async Task A_ButtonClick_ReachesTheHandler_WithTheButtonsValue()
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "trigger-1",
            ["team"] = new JsonObject { ["id"] = "T0001" },
            ["user"] = new JsonObject { ["id"] = "U0001" },
            ["channel"] = new JsonObject { ["id"] = "D0001" },
            ["message"] = new JsonObject { ["ts"] = "1764600000.000001" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "submit-0", ["type"] = "button", ["value"] = """{"verb":"rma.new"}""" }),
        }.ToJsonString();

        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", payload, SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handled = await _host.Handled.WaitForAsync<SlackInteraction>(i => i.TriggerId == "trigger-1");
        Assert.Equal(new SlackAction("submit-0", """{"verb":"rma.new"}"""), Assert.Single(handled.Actions));
        Assert.Equal(("D0001", "1764600000.000001"), (handled.ChannelId, handled.MessageTs));
    }

    [Fact]
    public async Task An_OpenTheFormClick_IsHandledBeforeTheAnswer_SoItsTriggerIdIsStillValid()
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "trigger-form",
            ["team"] = new JsonObject { ["id"] = "T0001" },
            ["user"] = new JsonObject { ["id"] = "U0001" },
            ["channel"] = new JsonObject { ["id"] = "D0001" },
            ["message"] = new JsonObject { ["ts"] = "1764600000.000001" },
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = "form-0", ["type"] = "button", ["value"] = """{"form":"abc","action":0}""" }),
        }.ToJsonString();

        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", payload, SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_host.Handled.Items.OfType<SlackInteraction>(), i => i.TriggerId == "trigger-form");
    }

    [Fact]
    public async Task A_FormSubmission_IsAnsweredInItsResponse_AndItsFollowUpRunsAfterwards()
    {
        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Submission("trigger-s1", """{"f":"form1","a":0,"c":"D0001"}"""), SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"response_action":"clear"}""", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var form = Assert.Single(_host.Handled.Items.OfType<Forms.SlackFormMetadata>());
        Assert.Equal(("form1", 0, "D0001"), (form.FormId, form.ActionIndex, form.ChannelId));
        await _host.Handled.WaitForAsync<string>(s => s == "follow-up of trigger-s1");
    }

    [Fact]
    public async Task A_ReplayedFormSubmission_IsAnsweredEmpty_AndHandledOnce()
    {
        var body = Submission("trigger-s2", """{"f":"form1","a":0,"c":"D0001"}""");

        await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", body, SlackAppHost.Secret, _host.Time.GetUtcNow()));
        var replay = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", body, SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal((HttpStatusCode.OK, ""), (replay.StatusCode, await replay.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Single(_host.Handled.Items.OfType<SlackInteraction>(), i => i.TriggerId == "trigger-s2");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"a":0,"c":"D0001"}""")]
    [InlineData("""{"f":"form1","a":0}""")]
    public async Task A_SubmissionOfAModalTheBotDidNotOpen_IsClosed_WithoutReachingTheHandler(string metadata)
    {
        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Submission("trigger-s3", metadata), SlackAppHost.Secret, _host.Time.GetUtcNow()));

        Assert.Equal((HttpStatusCode.OK, ""), (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(_host.Handled.Items.OfType<SlackInteraction>());
    }

    [Fact]
    public async Task A_FormSubmission_WithABadSignature_IsRefused()
    {
        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Submission("trigger-s4", """{"f":"form1","a":0,"c":"D0001"}"""), "another-secret", _host.Time.GetUtcNow()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Handled.Items.OfType<SlackInteraction>());
    }

    private static string Submission(string triggerId, string metadata) => new JsonObject
    {
        ["type"] = "view_submission",
        ["trigger_id"] = triggerId,
        ["team"] = new JsonObject { ["id"] = "T0001" },
        ["user"] = new JsonObject { ["id"] = "U0001" },
        ["view"] = new JsonObject { ["id"] = "V1", ["private_metadata"] = metadata, ["state"] = new JsonObject { ["values"] = new JsonObject() } },
    }.ToJsonString();

    private static string Message(string eventId, string text) =>
        $$$"""{"type":"event_callback","team_id":"T0001","event_id":"{{{eventId}}}","event":{"type":"message","channel_type":"im","user":"U0001","channel":"D0001","text":"{{{text}}}","ts":"1764600000.000100"}}""";

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await _host.Client.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }
}
