using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Slack.WebApi;

/// <summary>
/// The Slack Web API methods the bot uses, with the bot token. A 429 is retried after its Retry-After (Slack's
/// rate limits are per method and workspace), up to <see cref="SlackOptions.MaxAttempts"/>.
/// </summary>
public sealed class SlackWebApiClient(HttpClient http, IOptionsMonitor<SlackOptions> options, TimeProvider time)
{
    /// <summary><c>chat.postMessage</c>; returns the message's <c>ts</c>, needed to update it later.</summary>
    public async Task<string> PostMessageAsync(SlackMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var response = await CallJsonAsync("chat.postMessage", MessageBody(message), cancellationToken);
        return Text(response, "ts") ?? throw new SlackApiException("chat.postMessage", "no ts in the response");
    }

    /// <summary><c>chat.update</c> of the message <paramref name="ts"/>.</summary>
    public async Task UpdateMessageAsync(SlackMessage message, string ts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = MessageBody(message);
        body["ts"] = ts;
        await CallJsonAsync("chat.update", body, cancellationToken);
    }

    /// <summary><c>chat.postEphemeral</c>: a message only <paramref name="userId"/> sees (e.g. a refusal of their click).</summary>
    public async Task PostEphemeralAsync(SlackMessage message, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var body = MessageBody(message);
        body["user"] = userId;
        await CallJsonAsync("chat.postEphemeral", body, cancellationToken);
    }

    /// <summary><c>views.open</c> with a trigger id from an interaction (valid for 3 s); returns the view Slack created.</summary>
    public async Task<JsonObject> OpenViewAsync(string triggerId, JsonObject view, CancellationToken cancellationToken)
    {
        var response = await CallJsonAsync("views.open", new JsonObject { ["trigger_id"] = triggerId, ["view"] = view.DeepClone() }, cancellationToken);
        return response["view"] as JsonObject ?? throw new SlackApiException("views.open", "no view in the response");
    }

    /// <summary><c>views.update</c>; the hash, when given, makes Slack refuse an update of a view changed meanwhile.</summary>
    public async Task<JsonObject> UpdateViewAsync(string viewId, JsonObject view, string? hash, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["view_id"] = viewId, ["view"] = view.DeepClone() };
        if (hash is not null)
        {
            body["hash"] = hash;
        }

        var response = await CallJsonAsync("views.update", body, cancellationToken);
        return response["view"] as JsonObject ?? throw new SlackApiException("views.update", "no view in the response");
    }

    /// <summary><c>users.info</c>: the user object (name, locale with <c>include_locale</c>, team id).</summary>
    public async Task<JsonObject> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallFormAsync("users.info", [new("user", userId), new("include_locale", "true")], cancellationToken);
        return response["user"] as JsonObject ?? throw new SlackApiException("users.info", "no user in the response");
    }

    /// <summary><c>files.info</c>: the file object, with <c>url_private_download</c>.</summary>
    public async Task<JsonObject> GetFileAsync(string fileId, CancellationToken cancellationToken)
    {
        var response = await CallFormAsync("files.info", [new("file", fileId)], cancellationToken);
        return response["file"] as JsonObject ?? throw new SlackApiException("files.info", "no file in the response");
    }

    /// <summary><c>conversations.open</c> with one user: the DM channel id, for proactive messages.</summary>
    public async Task<string> OpenDirectMessageAsync(string userId, CancellationToken cancellationToken)
    {
        var response = await CallFormAsync("conversations.open", [new("users", userId)], cancellationToken);
        return Text(response["channel"], "id") ?? throw new SlackApiException("conversations.open", "no channel in the response");
    }

    /// <summary>
    /// Fetches a shared file (<c>url_private_download</c>) with the bot token — only from an allowed Slack file host
    /// over https, within the size limit and timeout.
    /// </summary>
    public async Task<byte[]> DownloadFileAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var settings = options.CurrentValue;
        var trusted = url.IsAbsoluteUri
            && ((url.Scheme == Uri.UriSchemeHttps && settings.FileHosts.Contains(url.IdnHost, StringComparer.OrdinalIgnoreCase))
                || (settings.AllowLoopbackHttpFiles && url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
        if (!trusted)
        {
            throw new SlackFileRefusedException(SlackFileRefusal.UntrustedHost);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.FileTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new SlackFileRefusedException(SlackFileRefusal.Failed);
            }

            if (response.Content.Headers.ContentLength > settings.MaxFileBytes)
            {
                throw new SlackFileRefusedException(SlackFileRefusal.TooLarge);
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                if (copy.Length + read > settings.MaxFileBytes)
                {
                    throw new SlackFileRefusedException(SlackFileRefusal.TooLarge);
                }

                copy.Write(buffer, 0, read);
            }

            return copy.ToArray();
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlackFileRefusedException(SlackFileRefusal.TimedOut, e);
        }
        catch (HttpRequestException e)
        {
            throw new SlackFileRefusedException(SlackFileRefusal.Failed, e);
        }
    }

    private static JsonObject MessageBody(SlackMessage message)
    {
        var body = new JsonObject { ["channel"] = message.Channel, ["text"] = message.Text };
        if (message.Blocks is not null)
        {
            body["blocks"] = message.Blocks.DeepClone();
        }

        if (message.ThreadTs is not null)
        {
            body["thread_ts"] = message.ThreadTs;
        }

        return body;
    }

    private Task<JsonObject> CallJsonAsync(string method, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(method, () => JsonContent.Create(body), cancellationToken);

    // Read methods take form fields; Slack accepts JSON bodies only for write methods.
    private Task<JsonObject> CallFormAsync(string method, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken) =>
        CallAsync(method, () => new FormUrlEncodedContent(fields), cancellationToken);

    private async Task<JsonObject> CallAsync(string method, Func<HttpContent> content, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.WebApiBaseUrl, method)) { Content = content() };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.BotToken);
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var delay = RetryAfter(response);
                if (attempt >= settings.MaxAttempts || delay > settings.MaxRetryDelay)
                {
                    throw new SlackApiException(method, "ratelimited");
                }

                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(method, $"HTTP {(int)response.StatusCode}");
            }

            var json = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken)
                ?? throw new SlackApiException(method, "empty response");
            if (json["ok"] is not JsonValue ok || !ok.TryGetValue<bool>(out var isOk) || !isOk)
            {
                throw new SlackApiException(method, Text(json, "error") ?? "unknown_error");
            }

            return json;
        }
    }

    // Slack sends Retry-After in seconds; without one, wait a second.
    private static TimeSpan RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter?.Delta
        ?? (response.Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(1));

    private static string? Text(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
