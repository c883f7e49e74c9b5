using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Testing.Http;

namespace Pixfra.Rma.Testing.Slack;

/// <summary>
/// A Slack Web API on 127.0.0.1 (TOOLING.md §6: no Slack server exists here) that records every call and answers
/// like Slack: <c>{"ok":true,…}</c> with the fields the bot reads, or a scripted answer (e.g. 429 with Retry-After).
/// </summary>
public sealed class FakeSlackWebApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? Body)> _script = new();
    private readonly List<SlackCall> _calls = [];
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextTs;

    private FakeSlackWebApi(WebApplication app) => _app = app;

    /// <summary>The base address to configure as <c>Slack:WebApiBaseUrl</c> (ends with <c>/api/</c>).</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeSlackWebApi> StartAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        var app = builder.Build();
        var fake = new FakeSlackWebApi(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/api/");
        return fake;
    }

    /// <summary>Serves <paramref name="content"/> at the returned <c>url_private_download</c> (bot token required).</summary>
    public Uri AddFile(string fileId, byte[] content)
    {
        _files[fileId] = content;
        return new Uri(BaseUrl, "/files/" + fileId);
    }

    /// <summary>What <c>users.info</c> answers as a user's <c>locale</c> (default <c>en-US</c>).</summary>
    public ConcurrentDictionary<string, string> UserLocales { get; } = new(StringComparer.Ordinal);

    /// <summary>The Authorization headers file downloads came with, in order.</summary>
    public ConcurrentQueue<string> FileDownloads { get; } = new();

    /// <summary>The next calls get these answers, in order, whatever their method.</summary>
    public void Answer(int status, string? body = null, string? retryAfter = null) => _script.Enqueue((status, retryAfter, body));

    public IReadOnlyList<SlackCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> calls match; fails after <paramref name="timeout"/> (a hang guard, not a timing assertion).</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(Func<SlackCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var found = _calls.Where(match).ToList();
                if (found.Count >= count)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected {count} matching Slack calls; got: {string.Join(", ", Calls.Select(c => c.Method))}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/files", out var rest))
        {
            FileDownloads.Enqueue(context.Request.Headers.Authorization.ToString());
            if (_files.TryGetValue(rest.Value!.Trim('/'), out var content) && context.Request.Headers.Authorization.ToString().StartsWith("Bearer xoxb-", StringComparison.Ordinal))
            {
                await context.Response.Body.WriteAsync(content);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }

            return;
        }

        var method = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Last();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var arguments = context.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true
            ? JsonNode.Parse(body) as JsonObject ?? []
            : new JsonObject(QueryHelpers.ParseQuery(body).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value.ToString()))));
        var call = new SlackCall(method, context.Request.Headers.Authorization.ToString(), arguments)
        {
            Ts = method == "chat.postMessage" ? "1764600000." + Interlocked.Increment(ref _nextTs).ToString("D6", CultureInfo.InvariantCulture) : (arguments["ts"] as JsonValue)?.ToString(),
        };
        lock (_gate)
        {
            _calls.Add(call);
            _changed.TrySetResult();
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        if (_script.TryDequeue(out var answer))
        {
            context.Response.StatusCode = answer.Status;
            if (answer.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = answer.RetryAfter;
            }

            if (answer.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer.Body);
            }

            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(DefaultAnswer(call).ToJsonString());
    }

    private JsonObject DefaultAnswer(SlackCall call)
    {
        var answer = new JsonObject { ["ok"] = true };
        switch (call.Method)
        {
            case "chat.postMessage":
                answer["channel"] = call.Argument("channel");
                answer["ts"] = call.Ts;
                break;
            case "chat.update":
                answer["channel"] = call.Argument("channel");
                answer["ts"] = call.Argument("ts");
                break;
            case "views.open" or "views.update":
                answer["view"] = new JsonObject { ["id"] = call.Argument("view_id") ?? "V0001", ["hash"] = "hash-1" };
                break;
            case "users.info":
                answer["user"] = new JsonObject { ["id"] = call.Argument("user"), ["name"] = "demo.user", ["real_name"] = "Demo User", ["locale"] = UserLocales.GetValueOrDefault(call.Argument("user") ?? string.Empty, "en-US") };
                break;
            case "files.info":
                answer["file"] = new JsonObject { ["id"] = call.Argument("file"), ["name"] = "photo.jpg", ["url_private_download"] = BaseUrl + "files/" + call.Argument("file") };
                break;
            case "conversations.open":
                answer["channel"] = new JsonObject { ["id"] = "D" + call.Argument("users") };
                break;
        }

        return answer;
    }
}
