using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Faults.Tests.Driver;

/// <summary>
/// One Teams personal chat of the demo distributor, driven straight at /api/messages with
/// <c>deliveryMode: expectReplies</c>: the bot's replies come back in the HTTP answer, so no connector is needed.
/// Works against an in-memory host's client or a bot process on a real port.
/// </summary>
public sealed class ExpectRepliesChat(HttpClient http, Uri messages, string conversationId, string userId = "29:user-faults")
{
    /// <summary>The demo distributor (bot/Pixfra.Rma.Bot/data/demo-data.json) owns this Teams tenant.</summary>
    public const string DemoTenantId = "00000000-0000-0000-0000-0000000000001";

    public string ConversationId => conversationId;

    public JsonObject? LastCard { get; private set; }

    public HttpClient Http => http;

    /// <summary>A message activity of this chat with a fresh id (callers may re-send it to test de-duplication).</summary>
    public JsonObject NewActivity(string text = "") => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/teams/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "en-US",
        ["text"] = text,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Fault Tester", ["aadObjectId"] = "0f0f0f0f-0000-4000-8000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = "28:pixfra-rma-bot", ["name"] = "Pixfra RMA" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = DemoTenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoTenantId } },
    };

    /// <summary>Posts <paramref name="activity"/> and returns the bot's replies (empty for a duplicate); the last card is remembered.</summary>
    public async Task<IReadOnlyList<JsonObject>> PostAsync(JsonObject activity, CancellationToken ct)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(messages, content, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"/api/messages answered {(int)response.StatusCode}: {body}");
        }

        if (body.Length == 0)
        {
            return [];
        }

        var replies = JsonNode.Parse(body)?["activities"] as JsonArray ?? [];
        IReadOnlyList<JsonObject> sent = [.. replies.OfType<JsonObject>().Where(a => (string?)a["type"] == "message")];
        LastCard = Cards(sent).LastOrDefault() ?? LastCard;
        return sent;
    }

    /// <summary>Types <paramref name="text"/> and expects a card containing <paramref name="expected"/>.</summary>
    public async Task<JsonObject> SayAsync(string text, string expected, CancellationToken ct) =>
        Expect(await PostAsync(NewActivity(text), ct), expected, $"after \"{text}\"");

    /// <summary>Clicks the Action.Submit <paramref name="verb"/> on the last card, as Teams posts it.</summary>
    public async Task<JsonObject> ClickAsync(string verb, string expected, CancellationToken ct, params (string Id, string Value)[] inputs) =>
        Expect(await PostAsync(Click(verb, inputs), ct), expected, $"after clicking {verb}");

    /// <summary>The activity Teams sends for a click on the last card (not posted).</summary>
    public JsonObject Click(string verb, params (string Id, string Value)[] inputs)
    {
        var activity = NewActivity();
        activity["value"] = CardActions.Submit(LastCard ?? throw new InvalidOperationException("No card yet."), verb, inputs);
        return activity;
    }

    /// <summary>Sends files as Teams does in a personal chat: file.download.info attachments with a download URL.</summary>
    public async Task<JsonObject> SendFilesAsync(FileHost files, string expected, CancellationToken ct, params (string Name, byte[] Content)[] attachments)
    {
        var activity = NewActivity();
        activity["attachments"] = new JsonArray([.. attachments.Select(a =>
        {
            var url = files.Add($"{Guid.NewGuid():N}-{a.Name}", a.Content).AbsoluteUri;
            return (JsonNode)new JsonObject
            {
                ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                ["contentUrl"] = url,
                ["name"] = a.Name,
                ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(a.Name).TrimStart('.') },
            };
        })]);
        return Expect(await PostAsync(activity, ct), expected, $"after sending {attachments.Length} file(s)");
    }

    /// <summary>The cards among <paramref name="replies"/>.</summary>
    public static IEnumerable<JsonObject> Cards(IEnumerable<JsonObject> replies) =>
        replies.SelectMany(r => (r["attachments"] as JsonArray ?? []).OfType<JsonObject>())
            .Where(a => (string?)a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(a => a["content"]).OfType<JsonObject>();

    private JsonObject Expect(IReadOnlyList<JsonObject> replies, string expected, string when)
    {
        var card = Cards(replies).LastOrDefault(c => CardActions.AllText(c).Contains(expected, StringComparison.Ordinal));
        if (card is null)
        {
            var seen = string.Join(" | ", replies.Select(r => (string?)r["text"] ?? string.Join(" / ", Cards([r]).Select(CardActions.AllText))));
            throw new InvalidOperationException($"No card with \"{expected}\" {when}; the bot answered: {seen[..Math.Min(seen.Length, 1500)]}");
        }

        LastCard = card;
        return card;
    }
}
