using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>
/// Issue 11: the Bot Connector throttles (429) or is briefly unavailable (503), then recovers. Replies go out
/// through the connector (no expectReplies); the channel re-sends an activity whose turn answered 5xx, as Teams does.
/// </summary>
public sealed class ConnectorOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ThrottledConnector_TheReplyIsRetried_AndDeliveredExactlyOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Answer(429, retryAfter: "0");
        connector.Answer(429, retryAfter: "0");

        var (statuses, delivered) = await DeliverUntilAcceptedAsync(connector, "a:connector-throttled");

        Assert.Equal([HttpStatusCode.OK], statuses);
        Assert.Equal(["Let's get an RMA number. First, three things to do before shipping.", "card: Before"], delivered.Skip(2).Select(Describe));
    }

    /// <summary>503 means the connector did not take the message, so the client retries it like a 429.</summary>
    [Fact]
    public async Task ThrottledThenUnavailableConnector_EachReplyIsDeliveredExactlyOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Answer(429, retryAfter: "0");
        connector.Answer(503);

        var (statuses, delivered) = await DeliverUntilAcceptedAsync(connector, "a:connector-unavailable");

        Assert.Equal([HttpStatusCode.OK], statuses);
        Assert.Equal(["Let's get an RMA number. First, three things to do before shipping.", "card: Before"], delivered.Skip(2).Select(Describe));
    }

    /// <summary>Posts "new rma" as the channel would, re-sending it while the bot answers 5xx (at most 3 times).</summary>
    private static async Task<(List<HttpStatusCode> Statuses, JsonObject[] Delivered)> DeliverUntilAcceptedAsync(FakeConnector connector, string conversationId)
    {
        await using var host = new DevelopmentHost(new Dictionary<string, string?>
        {
            ["BotConnector:BaseRetryDelay"] = "00:00:00.010",
            ["BotConnector:MaxRetryDelay"] = "00:00:00.050",
            ["BotProtocol:TypingDelay"] = "00:10:00", // no typing indicator: only the replies reach the connector
        });
        using var http = host.CreateClient();
        var activity = new ExpectRepliesChat(http, host.Messages, conversationId).NewActivity("new rma");
        activity.Remove("deliveryMode");
        activity["serviceUrl"] = connector.ServiceUrl.AbsoluteUri;
        var statuses = new List<HttpStatusCode>();
        while (statuses.Count < 3 && (statuses.Count == 0 || (int)statuses[^1] >= 500))
        {
            using var response = await http.PostAsync(host.Messages, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
            statuses.Add(response.StatusCode);
        }

        var delivered = connector.Snapshot()
            .Where(r => r.Method == "POST" && r.RawTarget.Contains("/activities", StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!.AsObject())
            .ToArray();
        return (statuses, delivered);
    }

    /// <summary>A reply as the user sees it: its text, or "card: " and the card's first words.</summary>
    private static string Describe(JsonObject reply) =>
        ExpectRepliesChat.Cards([reply]).Select(card => "card: " + CardActions.AllText(card).Split(' ')[0]).FirstOrDefault() ?? (string?)reply["text"] ?? string.Empty;
}
