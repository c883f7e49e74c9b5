using System.Net;
using System.Text.Json.Nodes;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>
/// One user's DM with the bot, driven as Slack drives it: signed Events API and interactivity requests to the host,
/// the bot's answers read from the fake Web API's recorded calls.
/// </summary>
internal sealed class SlackChat(SlackBotHost host, string user, string channel, string team = SlackBotHost.Team)
{
    private int _events;

    /// <summary>Modals Slack would show after a <c>response_action: update</c>; the fake never sees them.</summary>
    public List<JsonObject> UpdatedViews { get; } = [];

    public SlackCall? LastPost { get; private set; }

    public Task<SlackCall> SayAsync(string text, string expected, CancellationToken ct) =>
        SendMessageAsync(new JsonObject { ["text"] = text }, expected, ct);

    /// <summary>Files as a DM message carries them (subtype <c>file_share</c>), each served by the fake at its url_private_download.</summary>
    public Task<SlackCall> SendFilesAsync(string expected, CancellationToken ct, params (string Name, string MimeType, byte[] Content)[] files) =>
        SendMessageAsync(
            new JsonObject
            {
                ["subtype"] = "file_share",
                ["text"] = string.Empty,
                ["files"] = new JsonArray([.. files.Select(f =>
                {
                    var id = "F" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
                    return (JsonNode)new JsonObject { ["id"] = id, ["name"] = f.Name, ["mimetype"] = f.MimeType, ["url_private_download"] = host.Slack.AddFile(id, f.Content).AbsoluteUri };
                })]),
            },
            expected,
            ct);

    /// <summary>Clicks the button of <paramref name="verb"/> on the last post and waits for the post containing <paramref name="expected"/>.</summary>
    public async Task<SlackCall> ClickAsync(string verb, string expected, CancellationToken ct)
    {
        var post = LastPost ?? throw new InvalidOperationException("No post yet.");
        var button = Buttons(post).FirstOrDefault(b => JsonNode.Parse((string)b["value"]!)?["verb"]?.GetValue<string>() == verb)
            ?? throw new InvalidOperationException($"No '{verb}' button on: {post.Argument("text")}");
        var since = host.Slack.Calls.Count;
        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Click(button, post.Ts!), SlackBotHost.Secret, DateTimeOffset.UtcNow), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PostAsync(since, expected);
    }

    /// <summary>Clicks the button of <paramref name="verb"/> on <paramref name="post"/> and waits for the bot's <c>chat.update</c> of that message.</summary>
    public async Task<SlackCall> ClickForUpdateAsync(SlackCall post, string verb, CancellationToken ct)
    {
        var button = Buttons(post).First(b => JsonNode.Parse((string)b["value"]!)?["verb"]?.GetValue<string>() == verb);
        var before = host.Slack.Calls.Count(c => c.Method == "chat.update");
        await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Click(button, post.Ts!), SlackBotHost.Secret, DateTimeOffset.UtcNow), ct);
        return (await host.Slack.WaitForAsync(c => c.Method == "chat.update", before + 1))[before];
    }

    /// <summary>Clicks the last post's "open the form" button; returns the modal the bot opened with the click's trigger id.</summary>
    public Task<JsonObject> OpenFormAsync(CancellationToken ct) => OpenFormAsync(LastPost ?? throw new InvalidOperationException("No post yet."), ct);

    /// <summary>Clicks the "open the form" button of <paramref name="post"/>; returns the modal the bot opened with the click's trigger id.</summary>
    public async Task<JsonObject> OpenFormAsync(SlackCall post, CancellationToken ct)
    {
        var button = Buttons(post).Single(b => ((string)b["action_id"]!).StartsWith(SlackButtonValue.FormPrefix, StringComparison.Ordinal));
        var before = host.Slack.Calls.Count(c => c.Method == "views.open");
        var payload = Click(button, post.Ts!);
        await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", payload, SlackBotHost.Secret, DateTimeOffset.UtcNow), ct);
        var open = (await host.Slack.WaitForAsync(c => c.Method == "views.open", before + 1))[before];
        Assert.Equal((string?)JsonNode.Parse(payload)!["trigger_id"], open.Argument("trigger_id"));
        return open.Arguments["view"]!.AsObject();
    }

    /// <summary>Submits the modal with these values (input id → value as the user picks it); returns Slack's HTTP answer body (null when empty).</summary>
    public async Task<JsonObject?> SubmitAsync(JsonObject view, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var response = await SendAsync(SignedSlackRequest.Interactivity("/api/slack/interactivity", Submission(view, values), SlackBotHost.Secret, DateTimeOffset.UtcNow), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(ct);
        var answer = body.Length == 0 ? null : JsonNode.Parse(body)!.AsObject();
        if (answer?["view"] is JsonObject updated)
        {
            UpdatedViews.Add(updated);
        }

        return answer;
    }

    /// <summary>The first post to this DM after call <paramref name="since"/> whose text contains <paramref name="expected"/>.</summary>
    public async Task<SlackCall> PostAsync(int since, string expected)
    {
        bool Match(SlackCall c) => c.Method == "chat.postMessage" && c.Argument("channel") == channel && c.Argument("text")?.Contains(expected, StringComparison.Ordinal) == true;
        var before = host.Slack.Calls.Take(since).Count(Match);
        try
        {
            var post = (await host.Slack.WaitForAsync(Match, before + 1))[before];
            LastPost = post;
            return post;
        }
        catch (TimeoutException e)
        {
            var posted = host.Slack.Calls.Skip(since).Where(c => c.Method == "chat.postMessage").Select(c => c.Argument("text"));
            throw new TimeoutException($"No post containing \"{expected}\"; posted since: {string.Join(" ||| ", posted)}", e);
        }
    }

    public static IEnumerable<JsonObject> Buttons(SlackCall post) =>
        post.Arguments["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    private async Task<SlackCall> SendMessageAsync(JsonObject message, string expected, CancellationToken ct)
    {
        message["type"] = "message";
        message["channel_type"] = "im";
        message["user"] = user;
        message["channel"] = channel;
        message["ts"] = $"1764660000.{++_events:D6}";
        var envelope = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = team,
            ["event_id"] = "Ev" + Guid.NewGuid().ToString("N"),
            ["event"] = message,
        };
        var since = host.Slack.Calls.Count;
        var response = await SendAsync(SignedSlackRequest.Events("/api/slack/events", envelope.ToJsonString(), SlackBotHost.Secret, DateTimeOffset.UtcNow), ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PostAsync(since, expected);
    }

    private string Click(JsonObject button, string messageTs) => SlackInteractions.Click(team, user, channel, messageTs, button);

    private string Submission(JsonObject view, IReadOnlyDictionary<string, string> values) => SlackInteractions.Submission(team, user, view, values);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await host.Client.SendAsync(request, ct);
        }
    }
}
