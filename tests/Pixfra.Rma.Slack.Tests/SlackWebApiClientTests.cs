using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Slack.WebApi;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Slack.Tests;

public sealed class SlackWebApiClientTests : IAsyncLifetime
{
    private const string Token = "xoxb-test-token";
    private readonly FakeTimeProvider _time = new();
    private readonly HttpClient _http = new();
    private FakeSlackWebApi _slack = null!;
    private SlackWebApiClient _client = null!;
    private SlackOptions _options = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _options = new SlackOptions { BotToken = Token, WebApiBaseUrl = _slack.BaseUrl, MaxAttempts = 3, MaxRetryDelay = TimeSpan.FromSeconds(30), AllowLoopbackHttpFiles = true };
        _client = new SlackWebApiClient(_http, new StaticOptions(_options), _time);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task PostMessage_SendsChannelTextBlocksAndThread_WithTheBotToken_AndReturnsTheTs()
    {
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "hi" } });

        var ts = await _client.PostMessageAsync(new SlackMessage("D0001", "hi", blocks, "1.0"), TestContext.Current.CancellationToken);

        var call = Assert.Single(_slack.Calls);
        Assert.Equal(("chat.postMessage", "Bearer " + Token), (call.Method, call.Authorization));
        Assert.Equal(("D0001", "hi", "1.0"), (call.Argument("channel"), call.Argument("text"), call.Argument("thread_ts")));
        Assert.True(JsonNode.DeepEquals(blocks, call.Arguments["blocks"]));
        Assert.False(string.IsNullOrEmpty(ts));
    }

    public static TheoryData<string, string, string> Methods => new()
    {
        // method called, argument name, argument value
        { "chat.update", "ts", "1764600000.000001" },
        { "views.open", "trigger_id", "trigger-1" },
        { "views.update", "view_id", "V0001" },
        { "users.info", "user", "U0001" },
        { "files.info", "file", "F0001" },
        { "conversations.open", "users", "U0001" },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Each_WebApiMethod_CallsSlack_WithItsArgument(string method, string argument, string value)
    {
        var view = new JsonObject { ["type"] = "modal" };
        var ct = TestContext.Current.CancellationToken;
        Func<Task> call = method switch
        {
            "chat.update" => () => _client.UpdateMessageAsync(new SlackMessage("D0001", "edited"), value, ct),
            "views.open" => () => _client.OpenViewAsync(value, view, ct),
            "views.update" => () => _client.UpdateViewAsync(value, view, "hash-1", ct),
            "users.info" => () => _client.GetUserAsync(value, ct),
            "files.info" => () => _client.GetFileAsync(value, ct),
            _ => () => _client.OpenDirectMessageAsync(value, ct),
        };

        await call();

        var recorded = Assert.Single(_slack.Calls);
        Assert.Equal((method, value, "Bearer " + Token), (recorded.Method, recorded.Argument(argument), recorded.Authorization));
    }

    [Fact]
    public async Task OpenDirectMessage_ReturnsTheDmChannel()
    {
        Assert.Equal("DU0001", await _client.OpenDirectMessageAsync("U0001", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_RateLimitedCall_IsRetried_AfterRetryAfter()
    {
        _slack.Answer(429, """{"ok":false,"error":"ratelimited"}""", retryAfter: "2");

        var posting = _client.PostMessageAsync(new SlackMessage("D0001", "hi"), TestContext.Current.CancellationToken);
        await _slack.WaitForAsync(c => c.Method == "chat.postMessage");
        var waited = await AdvanceUntilAsync(posting);

        Assert.Equal(2, _slack.Calls.Count);
        Assert.True(waited >= TimeSpan.FromSeconds(2), $"retried after {waited} on the clock");
        Assert.False(string.IsNullOrEmpty(await posting));
    }

    [Fact]
    public async Task A_RetryAfter_LongerThanAllowed_FailsAtOnce_AsRateLimited()
    {
        _slack.Answer(429, retryAfter: "600");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _client.PostMessageAsync(new SlackMessage("D0001", "hi"), TestContext.Current.CancellationToken));

        Assert.Equal("ratelimited", error.Error);
        Assert.Single(_slack.Calls);
    }

    [Fact]
    public async Task Slacks_Refusal_IsAnException_WithItsErrorCode()
    {
        _slack.Answer(200, """{"ok":false,"error":"channel_not_found"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _client.PostMessageAsync(new SlackMessage("C404", "hi"), TestContext.Current.CancellationToken));

        Assert.Equal(("chat.postMessage", "channel_not_found"), (error.Method, error.Error));
    }

    [Fact]
    public async Task A_SharedFile_IsFetched_WithTheBotToken()
    {
        var url = _slack.AddFile("F0PHOTO", [1, 2, 3, 4]);

        var content = await _client.DownloadFileAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal([1, 2, 3, 4], content);
        Assert.Equal(["Bearer " + Token], _slack.FileDownloads);
    }

    public static TheoryData<string, string, SlackFileRefusal> RefusedFiles => new()
    {
        // description, URL ("{fake}" = the fake's address), why it is refused
        { "https on a host that is not Slack's", "https://files.evil.example/F0PHOTO", SlackFileRefusal.UntrustedHost },
        { "plain http on Slack's file host", "http://files.slack.com/F0PHOTO", SlackFileRefusal.UntrustedHost },
        { "loopback http when not allowed", "{fake}nolo", SlackFileRefusal.UntrustedHost },
        { "larger than the limit", "{fake}big", SlackFileRefusal.TooLarge },
        { "not found", "{fake}missing", SlackFileRefusal.Failed },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_FileOutsideTheRules_IsRefused_AndTheTokenNeverLeaves(string description, string url, SlackFileRefusal reason)
    {
        var big = _slack.AddFile("F0BIG", new byte[2048]);
        _options.MaxFileBytes = 1024;
        _options.AllowLoopbackHttpFiles = !url.EndsWith("nolo", StringComparison.Ordinal);
        var target = url switch
        {
            "{fake}big" => big,
            "{fake}nolo" => _slack.AddFile("F0NOLO", [1]),
            "{fake}missing" => new Uri(_slack.BaseUrl, "/files/F0MISSING"),
            _ => new Uri(url),
        };

        var error = await Assert.ThrowsAsync<SlackFileRefusedException>(() => _client.DownloadFileAsync(target, TestContext.Current.CancellationToken));

        Assert.True(reason == error.Reason, $"{description}: {error.Reason}");
        Assert.True(reason != SlackFileRefusal.UntrustedHost || _slack.FileDownloads.IsEmpty, description);
    }

    // The client waits on the fake clock: move it on in steps until the call completes (bounded); how far it went.
    private async Task<TimeSpan> AdvanceUntilAsync(Task task)
    {
        var start = _time.GetUtcNow();
        for (var i = 0; i < 600 && !task.IsCompleted; i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(task, Task.Delay(50, TestContext.Current.CancellationToken));
        }

        return _time.GetUtcNow() - start;
    }

    private sealed class StaticOptions(SlackOptions value) : IOptionsMonitor<SlackOptions>
    {
        public SlackOptions CurrentValue => value;

        public SlackOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SlackOptions, string?> listener) => null;
    }
}
