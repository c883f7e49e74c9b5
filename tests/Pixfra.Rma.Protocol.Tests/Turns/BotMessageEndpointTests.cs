using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Protocol.Tests.Turns;

public sealed class BotMessageEndpointTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await BotHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_RunsOneTurn_RepliesThroughTheConnector_AndAnswers200Empty()
    {
        using var response = await _host.PostAsync(_host.Message("m1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        Assert.Single(_host.Handler.Turns);
        var sent = Assert.Single(_host.Connector.Snapshot());
        Assert.Equal("/connector/v3/conversations/a%3Aconv-1/activities/m1", sent.RawTarget);
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Equal("echo", (string?)body["text"]);
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
        Assert.Equal("m1", (string?)body["replyToId"]);
        Assert.Equal("zh-CN", (string?)body["locale"]);
    }

    [Fact]
    public async Task RetriedDelivery_IsAcknowledged_ButHandledOnce()
    {
        using var first = await _host.PostAsync(_host.Message("dup"));
        using var second = await _host.PostAsync(_host.Message("dup"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_host.Handler.Turns);
        Assert.Single(_host.Connector.Requests);
    }

    [Fact]
    public async Task SameIdInAnotherConversation_IsNotADuplicate()
    {
        using var first = await _host.PostAsync(_host.Message("same", conversationId: "a:one"));
        using var second = await _host.PostAsync(_host.Message("same", conversationId: "a:two"));

        Assert.Equal(2, _host.Handler.Turns.Count);
    }

    [Fact]
    public async Task FailedTurn_Answers500_AndReleasesTheClaim_SoTheRetryIsHandled()
    {
        var calls = 0;
        _host.Handler.OnTurn = (_, _) => Interlocked.Increment(ref calls) == 1
            ? throw new InvalidOperationException("storage down")
            : Task.FromResult<InvokeResponse?>(null);

        using var failed = await _host.PostAsync(_host.Message("flaky"));
        using var retried = await _host.PostAsync(_host.Message("flaky"));
        using var duplicate = await _host.PostAsync(_host.Message("flaky"));

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var error = await failed.Content.ReadAsStringAsync(Ct);
        Assert.Equal("""{"error":"turn failed"}""", error);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.Equal(2, calls);
    }

    [Fact]
    public async Task TurnsOfOneConversation_RunOneAtATime_WhileOtherConversationsProceed()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new System.Collections.Concurrent.ConcurrentQueue<string>();
        _host.Handler.OnTurn = async (turn, _) =>
        {
            events.Enqueue("start " + turn.Activity.Id);
            if (turn.Activity.Id == "first")
            {
                firstEntered.SetResult();
                await gate.Task;
            }

            events.Enqueue("end " + turn.Activity.Id);
            return null;
        };

        var first = _host.PostAsync(_host.Message("first", conversationId: "a:busy"));
        await firstEntered.Task.WaitAsync(Ct);
        var second = _host.PostAsync(_host.Message("second", conversationId: "a:busy"));
        using (var other = await _host.PostAsync(_host.Message("other", conversationId: "a:free")))
        {
            // Another conversation is not held up by the busy one.
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }

        Assert.False(second.IsCompleted);
        gate.SetResult();
        (await first).Dispose();
        (await second).Dispose();

        var busy = events.Where(e => !e.EndsWith("other", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["start first", "end first", "start second", "end second"], busy);
    }

    [Fact]
    public async Task AdaptiveCardAction_IsAnsweredInTheHttpBody_InTheUniversalActionFormat()
    {
        _host.Handler.OnTurn = (turn, _) =>
        {
            var value = turn.Activity.ValueAs<AdaptiveCardInvokeValue>()!;
            var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["verb"] = value.Action!.Verb };
            return Task.FromResult<InvokeResponse?>(InvokeResponse.FromAdaptiveCardResponse(AdaptiveCardInvokeResponse.Card(card)));
        };
        var invoke = ActivityJson.Deserialize(Activities.Fixtures.Read("playground-invoke-adaptiveCard-action-personal-value.json"))! with
        {
            ServiceUrl = _host.Connector.ServiceUrl.AbsoluteUri,
        };

        using var response = await _host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":{"type":"AdaptiveCard","version":"1.5","verb":"approve"}}"""),
            body));
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task UnhandledInvoke_Answers501()
    {
        _host.Handler.OnTurn = (_, _) => Task.FromResult<InvokeResponse?>(null);
        var invoke = _host.Message("inv") with { Type = ActivityTypes.Invoke, Name = "composeExtension/query", Text = null };

        using var response = await _host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ExpectReplies_AnswersTheRepliesInTheBody_InsteadOfSendingThem()
    {
        _host.Handler.OnTurn = async (turn, ct) =>
        {
            await turn.SendAsync([new Activity { Text = "one" }, new Activity { Text = "two" }], ct);
            await turn.SendTypingAsync(ct);
            return null;
        };

        using var response = await _host.PostAsync(_host.Message("er") with { DeliveryMode = DeliveryModes.ExpectReplies });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(["one", "two"], body["activities"]!.AsArray().Select(a => (string?)a!["text"]));
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task LongTurn_ShowsTheTypingIndicator()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotProtocol:TypingDelay"] = "00:00:00.050" });
        host.Handler.OnTurn = async (_, ct) =>
        {
            // The turn only ends once typing reached the connector: it cannot pass without it.
            while (!host.Connector.Requests.Any(r => r.Body.Contains("\"typing\"", StringComparison.Ordinal)))
            {
                await Task.Delay(10, ct);
            }

            return null;
        };

        using var response = await host.PostAsync(host.Message("slow")).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task EveryAuthenticatedActivity_SavesTheConversationReference()
    {
        using var response = await _host.PostAsync(_host.Message("ref"));

        var store = _host.Services.GetRequiredService<IConversationReferenceStore>();
        var reference = await store.FindAsync(new ConversationKey("msteams", "a:conv-1"), Ct);
        Assert.Equal(
            new ConversationReference("msteams", _host.Connector.ServiceUrl.AbsoluteUri, "a:conv-1", "personal", "tenant-1",
                "28:bot", "Pixfra RMA", "29:user", "Li Wei", "aad-user", "zh-CN"),
            reference);
    }

    [Fact]
    public async Task TheStoredReference_IsRefreshedByTheNextActivity_SoProactiveSendsUseWhatTheChannelLastSaid()
    {
        using (await _host.PostAsync(_host.Message("first")))
        {
        }

        var later = _host.Message("second") with { Locale = "en-GB", From = new ChannelAccount { Id = "29:user", Name = "Li Wei (Contoso)", AadObjectId = "aad-user" } };
        using (await _host.PostAsync(later))
        {
        }

        var reference = await _host.Services.GetRequiredService<IConversationReferenceStore>().FindAsync(new ConversationKey("msteams", "a:conv-1"), Ct);
        Assert.Equal(("en-GB", "Li Wei (Contoso)"), (reference!.Locale, reference.UserName));
    }

    public static TheoryData<string, string> BadBodies() => new()
    {
        { "{not json", "malformed JSON" },
        { "[]", "malformed JSON" },
        { "null", "body is not an activity" },
        { """{"channelId":"msteams","conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "missing type" },
        { """{"type":"message","conversation":{"id":"c"},"serviceUrl":"https://x/"}""", "missing channelId" },
        { """{"type":"message","channelId":"msteams","serviceUrl":"https://x/"}""", "missing conversation.id" },
        { """{"type":"message","channelId":"msteams","conversation":{"id":"c"}}""", "missing serviceUrl" },
        { """{"type":"message","channelId":"msteams","conversation":{"id":"c"},"serviceUrl":"not a url"}""", "serviceUrl is not an absolute URL" },
        { """{"type":"message","channelId":"msteams","conversation":{"id":"c"},"serviceUrl":"https://x/","timestamp":"yesterday"}""", "malformed JSON" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadBody_Answers400_WithAReason_AndNoStackTrace(string body, string reason)
    {
        using var response = await _host.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(reason, (string?)JsonNode.Parse(text)!["error"]);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.Empty(_host.Handler.Turns);
    }

    [Fact]
    public async Task InvokeWithoutServiceUrl_IsAccepted()
    {
        _host.Handler.OnTurn = (_, _) => Task.FromResult<InvokeResponse?>(new InvokeResponse(200, new JsonObject()));

        using var response = await _host.PostRawAsync("""{"type":"invoke","name":"x","id":"i1","channelId":"msteams","conversation":{"id":"c"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Answer405_AllowingPost(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "api/messages");
        using var response = await _host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task OversizedBody_Answers413()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotProtocol:MaxRequestBodyBytes"] = "4096" });

        using var response = await host.PostAsync(host.Message("big", text: new string('x', 5000)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task OversizedChunkedBody_Answers413()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotProtocol:MaxRequestBodyBytes"] = "4096" });
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ActivityJson.Serialize(host.Message("big", text: new string('x', 5000))))));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await host.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnswersToAConversationUpdate_AreNewPosts_NotReplies()
    {
        var update = _host.Message("cu") with { Type = ActivityTypes.ConversationUpdate, Text = null, MembersAdded = [new ChannelAccount { Id = "28:bot" }] };

        using var response = await _host.PostAsync(update);

        Assert.Equal("/connector/v3/conversations/a%3Aconv-1/activities", Assert.Single(_host.Connector.Snapshot()).RawTarget);
    }

    [Fact]
    public async Task UpdateFromATurn_PutsTheReplacementAtTheActivity()
    {
        _host.Handler.OnTurn = async (turn, ct) =>
        {
            await turn.UpdateAsync(turn.Activity.ReplyToId!, new Activity { Text = "card replaced" }, ct);
            return null;
        };

        using var response = await _host.PostAsync(_host.Message("click") with { Text = null, ReplyToId = "card-1", Value = new JsonObject { ["ok"] = true } });

        var request = Assert.Single(_host.Connector.Snapshot());
        Assert.Equal("PUT /connector/v3/conversations/a%3Aconv-1/activities/card-1", $"{request.Method} {request.RawTarget}");
        Assert.Equal("card-1", (string?)JsonNode.Parse(request.Body)!["id"]);
    }

    private sealed class BrokenReferenceStore : IConversationReferenceStore
    {
        public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken) =>
            throw new IOException("database unreachable");

        public Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken) =>
            throw new IOException("database unreachable");
    }

    [Fact]
    public async Task StorageFailureBeforeTheTurn_Answers500_WithoutDetails()
    {
        await using var host = await BotHost.StartAsync(configure: services => services.AddSingleton<IConversationReferenceStore, BrokenReferenceStore>());

        using var response = await host.PostAsync(host.Message("s1"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"error":"internal error"}""", await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty(host.Handler.Turns);
    }

    [Fact]
    public async Task SlowTurn_IsAcknowledgedBeforeItEnds_AndStillFinishes()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["BotProtocol:AcknowledgeAfter"] = "00:00:00.100",
            ["BotProtocol:TypingDelay"] = "01:00:00",
        });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Handler.OnTurn = async (turn, ct) =>
        {
            await gate.Task;
            await turn.SendAsync(new Activity { Text = "finally" }, ct);
            return null;
        };

        // The handler is blocked on the gate, so only the early acknowledgement can answer this request.
        using var response = await host.PostAsync(host.Message("slow-ack")).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(host.Connector.Requests);

        gate.SetResult();
        while (host.Connector.Requests.IsEmpty)
        {
            await Task.Delay(10, Ct);
        }

        Assert.Equal("finally", (string?)JsonNode.Parse(Assert.Single(host.Connector.Snapshot()).Body)!["text"]);
    }

    [Fact]
    public async Task TypingOnSlack_IsNotSent_BecauseSlackHasNoTypingIndicator()
    {
        _host.Handler.OnTurn = async (turn, ct) =>
        {
            await turn.SendTypingAsync(ct);
            await turn.SendAsync(new Activity { Text = "done" }, ct);
            return null;
        };

        using var response = await _host.PostAsync(_host.Message("slack-1", conversationId: "B1:T1:D1") with { ChannelId = "slack" });

        Assert.Equal("done", (string?)JsonNode.Parse(Assert.Single(_host.Connector.Snapshot()).Body)!["text"]);
    }
}
