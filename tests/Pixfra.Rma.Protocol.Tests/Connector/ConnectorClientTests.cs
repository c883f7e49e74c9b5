using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TeamsConversationId = "a:1pQ7rS8t;messageid=1763626476781";
    private FakeConnector _connector = null!;
    private HttpClient _http = null!;

    public async ValueTask InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _http = new HttpClient();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _connector.DisposeAsync();
    }

    private ConnectorClient Client(
        string? token = "bot-token", bool allowLoopbackHttp = true, int maxAttempts = 4, long maxDownloadBytes = 1024, TimeSpan? downloadTimeout = null) => new(
        _http,
        new StaticTokenProvider(token),
        Options.Create(new ConnectorOptions
        {
            AllowLoopbackHttp = allowLoopbackHttp,
            MaxAttempts = maxAttempts,
            BaseRetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryDelay = TimeSpan.FromMilliseconds(5),
            MaxDownloadBytes = maxDownloadBytes,
            DownloadTimeout = downloadTimeout ?? TimeSpan.FromSeconds(30),
        }),
        TimeProvider.System,
        NullLogger<ConnectorClient>.Instance);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public async Task Send_PostsToTheEscapedConversationPath_WithTheBotToken()
    {
        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, TeamsConversationId, Message("hi"), TestContext.Current.CancellationToken);

        var request = Assert.Single(_connector.Snapshot());
        Assert.Equal("POST", request.Method);
        Assert.Equal("/connector/v3/conversations/a%3A1pQ7rS8t%3Bmessageid%3D1763626476781/activities", request.RawTarget);
        Assert.Equal("Bearer bot-token", request.Authorization);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"hi"}"""), JsonNode.Parse(request.Body)));
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task Reply_PostsUnderTheActivity_AndSetsReplyToId()
    {
        await Client().ReplyToActivityAsync(_connector.ServiceUrl, "19:abc@thread.tacv2", "1:2@x", Message("re"), TestContext.Current.CancellationToken);

        var request = Assert.Single(_connector.Snapshot());
        Assert.Equal("/connector/v3/conversations/19%3Aabc%40thread.tacv2/activities/1%3A2%40x", request.RawTarget);
        Assert.Equal("1:2@x", (string?)JsonNode.Parse(request.Body)!["replyToId"]);
    }

    [Fact]
    public async Task Update_Delete_CreateConversation_AndGetMember_UseTheirVerbsAndPaths()
    {
        var client = Client();
        var ct = TestContext.Current.CancellationToken;
        _connector.Answer(200, """{"id":"m1"}""");
        _connector.Answer(200);
        _connector.Answer(201, """{"id":"a:new","serviceUrl":"https://smba.trafficmanager.net/apac/","activityId":"9"}""");
        _connector.Answer(200, """{"id":"29:u","name":"Li Wei","email":"li@contoso.com","userPrincipalName":"li@contoso.com","aadObjectId":"6b4e"}""");

        await client.UpdateActivityAsync(_connector.ServiceUrl, "a:1", "m1", Message("new"), ct);
        await client.DeleteActivityAsync(_connector.ServiceUrl, "a:1", "m1", ct);
        var created = await client.CreateConversationAsync(_connector.ServiceUrl, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:u" }],
            IsGroup = false,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t" } },
        }, ct);
        var member = await client.GetConversationMemberAsync(_connector.ServiceUrl, "a:1", "29:u", ct);

        Assert.Equal(
            ["PUT /connector/v3/conversations/a%3A1/activities/m1", "DELETE /connector/v3/conversations/a%3A1/activities/m1",
             "POST /connector/v3/conversations", "GET /connector/v3/conversations/a%3A1/members/29%3Au"],
            _connector.Snapshot().Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal("a:new", created.Id);
        Assert.Equal("9", created.ActivityId);
        Assert.Equal("li@contoso.com", member.Email);
        Assert.Equal("t", (string?)JsonNode.Parse(_connector.Snapshot()[2].Body)!["channelData"]!["tenant"]!["id"]);
    }

    [Fact]
    public async Task EmptySuccessBody_IsTolerated()
    {
        _connector.Answer(201);

        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken);

        Assert.Null(response.Id);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task RetryableStatus_IsRetried_UntilItSucceeds(int status)
    {
        _connector.Answer(status, retryAfter: "0");
        _connector.Answer(status);

        var response = await Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken);

        Assert.Equal(3, _connector.Requests.Count);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task RetryableStatus_GivesUpAfterMaxAttempts()
    {
        for (var i = 0; i < 5; i++)
        {
            _connector.Answer(429);
        }

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(maxAttempts: 3).SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task OtherFailures_AreNotRetried(int status)
    {
        _connector.Answer(status, """{"error":{"code":"MessageSizeTooBig","message":"too big"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken));

        Assert.IsNotType<ConversationUnavailableException>(error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(404, "ConversationNotFound")]
    public async Task BlockedOrGoneConversation_ThrowsConversationUnavailable_WithTheServiceErrorCode(int status, string code)
    {
        _connector.Answer(status, $$$"""{"error":{"code":"{{{code}}}","message":"x"}}""");

        var error = await Assert.ThrowsAsync<ConversationUnavailableException>(() =>
            Client().SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken));

        Assert.Equal(code, error.ErrorCode);
        Assert.Equal("op-1", error.CorrelationId);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task BotToken_IsNotSentOverPlainHttp_UnlessLoopbackIsAllowed()
    {
        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client(allowLoopbackHttp: false).SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken));

        Assert.Equal("UntrustedServiceUrl", error.ErrorCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task WithoutAToken_RequestsGoOutWithoutAuthorization()
    {
        await Client(token: null, allowLoopbackHttp: false).SendToConversationAsync(_connector.ServiceUrl, "a:1", Message("hi"), TestContext.Current.CancellationToken);

        Assert.Equal("", Assert.Single(_connector.Snapshot()).Authorization);
    }

    [Fact]
    public async Task DownloadAttachment_WithoutBotToken_SendsNoAuthorization()
    {
        _connector.Answer(200, "\"png-bytes\"");

        var download = await Client().DownloadAttachmentAsync(new Uri(_connector.ServiceUrl, "files/1"), withBotToken: false, TestContext.Current.CancellationToken);

        Assert.Equal("", Assert.Single(_connector.Snapshot()).Authorization);
        Assert.Equal("\"png-bytes\"", System.Text.Encoding.UTF8.GetString(download.Content.Span));
        Assert.Equal("application/json", download.ContentType);
    }

    [Fact]
    public async Task DownloadAttachment_WithBotToken_SendsIt()
    {
        await Client().DownloadAttachmentAsync(new Uri(_connector.ServiceUrl, "v3/attachments/0-sa/views/original"), withBotToken: true, TestContext.Current.CancellationToken);

        Assert.Equal("Bearer bot-token", Assert.Single(_connector.Snapshot()).Authorization);
    }

    [Theory]
    [InlineData("https://attacker.example/file.jpg", true)]
    [InlineData("https://sharepoint.com.attacker.example/file.jpg", true)]
    [InlineData("file:///etc/passwd", true)]
    [InlineData("http://127.0.0.1:1/file.jpg", false)]
    public async Task DownloadAttachment_FromAHostOffTheAllowList_IsRefusedBeforeAnyRequest(string url, bool allowLoopbackHttp)
    {
        var error = await Assert.ThrowsAsync<AttachmentRefusedException>(() =>
            Client(token: null, allowLoopbackHttp: allowLoopbackHttp).DownloadAttachmentAsync(new Uri(url), withBotToken: false, TestContext.Current.CancellationToken));

        Assert.Equal(AttachmentRefusal.UntrustedHost, error.Reason);
        Assert.Empty(_connector.Snapshot());
    }

    [Fact]
    public async Task DownloadAttachment_OfManyChunksWithoutADeclaredLength_ComesBackWhole()
    {
        var body = string.Concat(Enumerable.Range(0, 200_000).Select(i => (char)('a' + (i % 26))));
        _connector.Answer(200, body); // written without Content-Length: sent chunked

        var download = await Client(maxDownloadBytes: 1_000_000).DownloadAttachmentAsync(new Uri(_connector.ServiceUrl, "files/long"), withBotToken: false, TestContext.Current.CancellationToken);

        Assert.Equal(body, System.Text.Encoding.UTF8.GetString(download.Content.Span));
    }

    [Fact]
    public async Task DownloadAttachment_LongerThanTheLimit_IsRefusedAsTooLarge()
    {
        _connector.Answer(200, new string('x', 5000));

        var error = await Assert.ThrowsAsync<AttachmentRefusedException>(() =>
            Client(maxDownloadBytes: 1000).DownloadAttachmentAsync(new Uri(_connector.ServiceUrl, "files/big"), withBotToken: false, TestContext.Current.CancellationToken));

        Assert.Equal(AttachmentRefusal.TooLarge, error.Reason);
    }

    [Fact]
    public async Task DownloadAttachment_ThatDoesNotAnswerInTime_IsRefusedAsTimedOut()
    {
        _connector.Answer(200, "late", delay: TimeSpan.FromSeconds(20));

        var error = await Assert.ThrowsAsync<AttachmentRefusedException>(() =>
            Client(downloadTimeout: TimeSpan.FromMilliseconds(200)).DownloadAttachmentAsync(new Uri(_connector.ServiceUrl, "files/slow"), withBotToken: false, TestContext.Current.CancellationToken));

        Assert.Equal(AttachmentRefusal.TimedOut, error.Reason);
    }

    [Fact]
    public async Task UnreachableConnector_ThrowsConnectorException()
    {
        var closed = new Uri("http://127.0.0.1:9/connector/");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(closed, "a:1", Message("hi"), TestContext.Current.CancellationToken));

        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Null(error.StatusCode);
    }
}
