using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// Drives the Playground as its web UI does, without a browser: REST calls to send, click Action.Submit
/// and Action.Execute, and its WebSocket stream to see what the bot posted.
/// </summary>
internal sealed class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PlaygroundEvent> _events = [];
    private TaskCompletionSource _changed = NewSignal();
    private Task? _receiving;

    private readonly Func<string> _diagnostics;

    private PlaygroundClient(Uri baseAddress, Func<string> diagnostics)
    {
        _diagnostics = diagnostics;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Connects to the stream; <c>diagnostics</c> is what a timed-out wait quotes (the bot's warnings, the Playground's log).</summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseAddress, Func<string> diagnostics, CancellationToken cancellationToken)
    {
        var client = new PlaygroundClient(baseAddress, diagnostics);
        var stream = new UriBuilder(baseAddress) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await client._socket.ConnectAsync(stream, cancellationToken);
        client._receiving = client.ReceiveAsync(client._stop.Token);
        return client;
    }

    /// <summary>Types a message as <paramref name="fromId"/>; in group chats it reaches the bot only when it mentions the bot.</summary>
    public async Task<string> SendTextAsync(string conversationId, string fromId, string text, CancellationToken cancellationToken, params PlaygroundMention[] mentions)
    {
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = fromId },
            ["text"] = text,
            ["textFormat"] = "plain",
        };
        if (mentions.Length > 0)
        {
            body["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = m.Id },
                ["text"] = m.Text,
            })]);
        }

        var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        return response?["messageId"]?.GetValue<string>() ?? throw new InvalidOperationException("The Playground returned no message id.");
    }

    /// <summary>Clicks an Action.Submit on the card message <paramref name="cardMessageId"/>.</summary>
    public Task SubmitAsync(string conversationId, string fromId, string cardMessageId, JsonObject value, CancellationToken cancellationToken) =>
        PostAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromId },
            ["replyToId"] = cardMessageId,
            ["value"] = value,
        }, cancellationToken);

    /// <summary>Clicks an Action.Execute; the answer is the bot's invoke response (a replacement card or a message).</summary>
    public async Task<JsonObject> ExecuteAsync(string conversationId, string fromId, string cardMessageId, string verb, JsonObject data, CancellationToken cancellationToken) =>
        await PostAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        }, cancellationToken) ?? throw new InvalidOperationException("The Playground returned no invoke response.");

    /// <summary>Posts a raw activity to the bot (fields it leaves out are filled from the pinned configuration).</summary>
    public Task SendCustomActivityAsync(JsonObject activity, CancellationToken cancellationToken) =>
        PostAsync("_internal/v1/customActivities", activity, cancellationToken);

    /// <summary>A template activity for <paramref name="conversationId"/> with the Playground's ids, service URL and current user.</summary>
    public async Task<JsonObject> CustomActivityTemplateAsync(string conversationId, CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<JsonObject>($"_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}", cancellationToken)
        ?? throw new InvalidOperationException("The Playground returned no template.");

    /// <summary>The configuration the web UI loads (conversations, users, bot), as the Playground read it.</summary>
    public async Task<JsonObject> ConfigurationAsync(CancellationToken cancellationToken) =>
        await _http.GetFromJsonAsync<JsonObject>("_internal/v1/config", cancellationToken)
        ?? throw new InvalidOperationException("The Playground returned no configuration.");

    /// <summary>A position in the stream: waits given it only look at events that arrive after it.</summary>
    public int Mark()
    {
        lock (_events)
        {
            return _events.Count;
        }
    }

    /// <summary>The position just after <paramref name="seen"/>, to wait for what came with or after it.</summary>
    public int After(PlaygroundEvent seen)
    {
        lock (_events)
        {
            return _events.IndexOf(seen) + 1;
        }
    }

    /// <summary>
    /// The card the Playground split off a bot message with text and a card: it streams the text first,
    /// then the attachments as a second message.
    /// </summary>
    public Task<PlaygroundEvent> WaitForCardAfterAsync(PlaygroundEvent textMessage, CancellationToken cancellationToken) =>
        WaitForBotMessageAsync(textMessage.ConversationId, After(textMessage), e => e.Cards.Count > 0, "card after: " + textMessage.Text, cancellationToken);

    /// <summary>The first streamed event from <paramref name="since"/> on (already seen or still to come) that matches; fails after <paramref name="timeout"/>.</summary>
    public async Task<PlaygroundEvent> WaitForAsync(Func<PlaygroundEvent, bool> match, string description, TimeSpan timeout, int since, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task changed;
            lock (_events)
            {
                var found = _events.Skip(since).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No {description} within {timeout}. Seen:\n{string.Join('\n', Events.Select(e => $"{e.Action} {e.ConversationId} {e.FromId}: {e.Text} [{e.Cards.Count} card(s)]"))}\n--- diagnostics\n{_diagnostics()}");
            }
        }
    }

    /// <summary>The bot's first message in <paramref name="conversationId"/> after <paramref name="since"/> that matches (30 s at most).</summary>
    public Task<PlaygroundEvent> WaitForBotMessageAsync(string conversationId, int since, Func<PlaygroundEvent, bool> match, string description, CancellationToken cancellationToken) =>
        WaitForAsync(e => e.IsFromBot && e.ConversationId == conversationId && match(e), description, TimeSpan.FromSeconds(30), since, cancellationToken);

    public IReadOnlyList<PlaygroundEvent> Events
    {
        get
        {
            lock (_events)
            {
                return [.. _events];
            }
        }
    }

    private async Task<JsonObject?> PostAsync(string path, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {path} → {(int)response.StatusCode}: {text}");
        }

        return string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject;
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                frame.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var parsed = PlaygroundEvent.Parse(Encoding.UTF8.GetString(frame.GetBuffer(), 0, (int)frame.Length));
                frame.SetLength(0);
                if (parsed is not null)
                {
                    lock (_events)
                    {
                        _events.Add(parsed);
                        _changed.TrySetResult();
                        _changed = NewSignal();
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
        catch (WebSocketException)
        {
            // The Playground went away; waits fail with what was seen so far.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_receiving is not null)
        {
            await _receiving;
        }

        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }
}

/// <summary>An @mention typed into the compose box: the mentioned account and the <c>&lt;at&gt;</c> text.</summary>
internal sealed record PlaygroundMention(string Id, string Text);
