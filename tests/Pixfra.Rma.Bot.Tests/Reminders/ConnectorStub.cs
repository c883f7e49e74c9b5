using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Bot.Tests.Reminders;

/// <summary>The Bot Connector at the HTTP boundary: records what was posted and answers with the status it is given.</summary>
internal sealed class ConnectorStub : HttpMessageHandler
{
    private readonly ConcurrentQueue<(Uri Uri, JsonObject Body)> _requests = new();

    public HttpStatusCode Status { get; set; } = HttpStatusCode.Created;

    public string? ErrorCode { get; set; }

    public IReadOnlyList<(Uri Uri, JsonObject Body)> Requests => [.. _requests];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? new JsonObject() : JsonNode.Parse(await request.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        _requests.Enqueue((request.RequestUri!, body));
        var answer = (int)Status < 300
            ? new JsonObject { ["id"] = "1700000000000" }
            : new JsonObject { ["error"] = new JsonObject { ["code"] = ErrorCode ?? "Error", ["message"] = "stub" } };
        return new HttpResponseMessage(Status) { Content = new StringContent(answer.ToJsonString(), Encoding.UTF8, "application/json") };
    }
}
