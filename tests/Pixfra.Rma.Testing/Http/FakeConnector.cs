using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Pixfra.Rma.Testing.Http;

/// <summary>
/// A Bot Connector on 127.0.0.1 that records every request (method, raw path, Authorization, body)
/// and answers from a script, falling back to 200 with a fresh activity id.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private int _nextId;

    private FakeConnector(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/connector/");
        return connector;
    }

    /// <summary>Queues the next answers, in order.</summary>
    public void Answer(int status, string? body = null, string? retryAfter = null, TimeSpan delay = default)
        => _script.Enqueue(new ScriptedAnswer(status, body, retryAfter, delay));

    public IReadOnlyList<RecordedRequest> Snapshot() => [.. Requests];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var raw = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        Requests.Enqueue(new RecordedRequest(context.Request.Method, raw, context.Request.Headers.Authorization.ToString(), body));

        if (_script.TryDequeue(out var answer))
        {
            await Task.Delay(answer.Delay, context.RequestAborted);
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            context.Response.Headers["X-Correlating-OperationId"] = "op-" + Requests.Count;
            if (answer.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer.Body);
            }

            return;
        }

        context.Response.StatusCode = context.Request.Method == "POST" ? 201 : 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"id":"activity-{{Interlocked.Increment(ref _nextId)}}"}""");
    }

    private sealed record ScriptedAnswer(int Status, string? Body, string? RetryAfter, TimeSpan Delay);
}

public sealed record RecordedRequest(string Method, string RawTarget, string Authorization, string Body);
