using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>
/// Issue 11: malformed and hostile activities each get a clear 4xx with a reason (or a reply the user can read), and
/// the host keeps serving. Hostile file contents are covered by tests/Pixfra.Rma.Evidence.Tests; here the files
/// arrive over HTTP.
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly DevelopmentHost _host = new();
    private HttpClient _http = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _http = _host.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
    }

    public static TheoryData<string> Corpus() => [.. BadActivities.Keys];

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task AMalformedActivity_IsRefusedWithA4xxAndAReason_AndTheHostKeepsServing(string name)
    {
        var (body, contentType, expected) = BadActivities[name];
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _http.PostAsync(_host.Messages, content, Ct);
        var reason = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(reason), "no reason given");
        Assert.DoesNotContain("   at ", reason, StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("not a media type")]
    public async Task AValidActivityWithAWrongContentType_IsRefusedWith415(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Valid()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _http.PostAsync(_host.Messages, content, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task TenThousandAttachments_InOneMessage_GetAReadableAnswer_AndTheHostKeepsServing()
    {
        var chat = new ExpectRepliesChat(_http, _host.Messages, "a:bad-many-attachments");
        await RmaScript.ToUnitsFormAsync(chat, Ct);
        var activity = chat.NewActivity();
        activity["attachments"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode)new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = $"http://127.0.0.1:9/{i}" })]);

        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(_host.Messages, content, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True((int)response.StatusCode is >= 400 and < 500 || ReadableReply(body), $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        await AssertStillServingAsync();
    }

    [Fact]
    public async Task A200MegabyteUpload_IsRefusedByTheDownloadLimit_WithAReasonTheUserCanRead()
    {
        await using var files = await FileHost.StartAsync();
        var chat = new ExpectRepliesChat(_http, _host.Messages, "a:bad-200mb");
        await RmaScript.ToUnitsFormAsync(chat, Ct);
        await RmaScript.AddUnitAsync(chat, "PX384DEMO001", Ct);
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", Ct);
        var activity = chat.NewActivity();
        var url = files.AddLarge("huge.jpg", 200L * 1024 * 1024).AbsoluteUri;
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = url,
            ["name"] = "huge.jpg",
            ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = "jpg" },
        });

        var replies = await chat.PostAsync(activity, Ct);

        var said = string.Join('\n', replies.Select(r => (string?)r["text"]).Concat(ExpectRepliesChat.Cards(replies).Select(CardActions.AllText)));
        Assert.Contains("huge.jpg", said, StringComparison.Ordinal);
        Assert.Matches("(?i)too (large|big)|MB", said);
        await AssertStillServingAsync();
    }

    private static readonly Dictionary<string, (byte[] Body, string ContentType, HttpStatusCode Expected)> BadActivities = new()
    {
        ["truncated JSON"] = (Encoding.UTF8.GetBytes(Valid()[..60]), "application/json", HttpStatusCode.BadRequest),
        ["wrong types"] = (Encoding.UTF8.GetBytes(Valid().Replace("\"conversation\":{\"id\":\"a:bad\"}", "\"conversation\":42", StringComparison.Ordinal)), "application/json", HttpStatusCode.BadRequest),
        ["type is a number"] = (Encoding.UTF8.GetBytes(Valid().Replace("\"type\":\"message\"", "\"type\":7", StringComparison.Ordinal)), "application/json", HttpStatusCode.BadRequest),
        ["huge text"] = (Encoding.UTF8.GetBytes(Valid(new string('x', 4 * 1024 * 1024))), "application/json", HttpStatusCode.RequestEntityTooLarge),
        ["deeply nested JSON"] = (Encoding.UTF8.GetBytes(Valid()[..^1] + ",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}"), "application/json", HttpStatusCode.BadRequest),
        ["invalid UTF-8"] = ([.. Encoding.UTF8.GetBytes(Valid()[..^2]), 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}'], "application/json", HttpStatusCode.BadRequest),
        ["a form post"] = (Encoding.UTF8.GetBytes("type=message&text=hi"), "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType),
        ["empty body"] = ([], "application/json", HttpStatusCode.BadRequest),
    };

    private static string Valid(string text = "hello") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = "bad-input",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/teams/",
        ["conversation"] = new JsonObject { ["id"] = "a:bad" },
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["deliveryMode"] = "expectReplies",
        ["text"] = text,
    }.ToJsonString();

    private static bool ReadableReply(string body) =>
        body.Length > 0 && JsonNode.Parse(body)?["activities"] is JsonArray { Count: > 0 } replies
        && replies.OfType<JsonObject>().Any(r => ((string?)r["text"])?.Length > 0 || r["attachments"] is JsonArray);

    private async Task AssertStillServingAsync()
    {
        var chat = new ExpectRepliesChat(_http, _host.Messages, "a:still-serving-" + Guid.NewGuid().ToString("N"));
        await chat.SayAsync("new rma", "Back up programs and data", Ct);
    }
}
