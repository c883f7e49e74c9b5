using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>
/// The real host with the Slack app on: signed requests to its Slack endpoints drive RMA turns, and the replies
/// reach a fake Slack Web API on 127.0.0.1.
/// </summary>
public sealed class SlackConversationTests : IAsyncLifetime
{
    private const string Secret = "slack-test-signing-secret";
    private const string Token = "xoxb-slack-test-token";
    private const string Team = "T0CONTOSO";
    private const string User = "U0ANA";
    private const string Dm = "D0ANA";
    private FakeSlackWebApi _slack = null!;
    private BotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = Token,
            ["Slack:WebApiBaseUrl"] = _slack.BaseUrl.ToString(),
        });
        _client = _host.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        // The hosts of one test run share a SQLite file: seed once.
        var stations = _host.Services.GetRequiredService<IRepairStationDirectory>();
        if (await stations.GetAsync("st-slack", ct) is null)
        {
            await stations.SaveAsync(new RepairStation("st-slack", "EU station", "Berlin", ["EU"]), null, ct);
        }

        var distributors = _host.Services.GetRequiredService<IDistributorDirectory>();
        if (await distributors.GetAsync("contoso-slack", ct) is null)
        {
            await distributors.SaveAsync(
                new Distributor("contoso-slack", "Contoso Thermal (Slack)", "EU", "st-slack", "en", [new DistributorIdentity(IdentityKind.SlackTeam, Team)]), null, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Fact]
    public async Task A_DistributorsMessage_AndButtonClick_AreAnsweredInTheirDm_WithinBlockKitLimits()
    {
        var hello = await SendAsync(SignedSlackRequest.Events("/api/slack/events", Message("EvHello", "hello"), Secret, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        var welcome = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && NewRmaButton(c) is not null))[0];

        Assert.Contains("Contoso Thermal (Slack)", welcome.Argument("text"), StringComparison.Ordinal);
        var button = NewRmaButton(welcome);
        var click = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Click(button!), Secret, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var posts = await _slack.WaitForAsync(c => c.Method == "chat.postMessage", count: Posts(welcome) + 1);

        Assert.All(posts, post =>
        {
            Assert.Equal((Dm, "Bearer " + Token), (post.Argument("channel"), post.Authorization));
            Assert.Empty(BlockKitLimits.Check(post.Arguments["blocks"]!.AsArray(), BlockKitSurface.Message));
        });
        Assert.NotEqual(welcome.Argument("text"), posts[^1].Argument("text"));
    }

    [Fact]
    public async Task Someone_FromAnUnknownWorkspace_IsAskedWhoTheyAre_NotOfferedAnRma()
    {
        await SendAsync(SignedSlackRequest.Events("/api/slack/events", Message("EvStranger", "hello", team: "T0OTHER", channel: "D0OTHER"), Secret, DateTimeOffset.UtcNow));

        var question = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == "D0OTHER" && Buttons(c).Any()))[0];

        Assert.Null(NewRmaButton(question));
        Assert.DoesNotContain("Contoso", question.Argument("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningTheApp_TheFirstTime_Greets_AndOpeningItAgain_SaysNothing()
    {
        const string home = "D0HOME";
        await SendAsync(SignedSlackRequest.Events("/api/slack/events", AppHomeOpened("EvHome1", home), Secret, DateTimeOffset.UtcNow));
        var welcome = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == home))[0];

        await SendAsync(SignedSlackRequest.Events("/api/slack/events", AppHomeOpened("EvHome2", home), Secret, DateTimeOffset.UtcNow));
        await SendAsync(SignedSlackRequest.Events("/api/slack/events", Message("EvHomeNewRma", "new rma", channel: home), Secret, DateTimeOffset.UtcNow));
        var checklist = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Argument("channel") == home && c.Argument("text")!.Contains("Back up", StringComparison.Ordinal)))[0];

        Assert.Contains("Contoso Thermal (Slack)", welcome.Argument("text"), StringComparison.Ordinal);
        Assert.NotNull(NewRmaButton(welcome));
        var greetings = _slack.Calls.TakeWhile(c => !ReferenceEquals(c, checklist))
            .Count(c => c.Method == "chat.postMessage" && c.Argument("channel") == home && c.Argument("text") == welcome.Argument("text"));
        Assert.Equal(1, greetings); // opened twice, greeted once
    }

    private static string AppHomeOpened(string eventId, string channel) => new JsonObject
    {
        ["type"] = "event_callback",
        ["team_id"] = Team,
        ["event_id"] = eventId,
        ["event"] = new JsonObject { ["type"] = "app_home_opened", ["user"] = User, ["channel"] = channel, ["tab"] = "messages" },
    }.ToJsonString();

    private static JsonObject? NewRmaButton(SlackCall post) =>
        Buttons(post).FirstOrDefault(b => (string?)JsonNode.Parse((string)b["value"]!)!["verb"] == "rma.new");

    private int Posts(SlackCall upTo) => _slack.Calls.TakeWhile(c => !ReferenceEquals(c, upTo)).Count(c => c.Method == "chat.postMessage") + 1;

    private static IEnumerable<JsonObject> Buttons(SlackCall post) =>
        post.Arguments["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    private static string Message(string eventId, string text, string team = Team, string channel = Dm) => new JsonObject
    {
        ["type"] = "event_callback",
        ["team_id"] = team,
        ["event_id"] = eventId,
        ["event"] = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = User, ["channel"] = channel, ["text"] = text, ["ts"] = "1764660000.000100" },
    }.ToJsonString();

    private static string Click(JsonObject button) => new JsonObject
    {
        ["type"] = "block_actions",
        ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
        ["team"] = new JsonObject { ["id"] = Team },
        ["user"] = new JsonObject { ["id"] = User },
        ["channel"] = new JsonObject { ["id"] = Dm },
        ["message"] = new JsonObject { ["ts"] = "1764660000.000200" },
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["value"] = button["value"]!.DeepClone() }),
    }.ToJsonString();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await _client.SendAsync(request, TestContext.Current.CancellationToken);
        }
    }
}
