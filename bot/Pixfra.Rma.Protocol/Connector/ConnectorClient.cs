using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MsalException = Microsoft.Identity.Client.MsalException;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>
/// The Connector REST client (a typed HttpClient). Ids are URL-encoded (Teams ids hold ':', '@', ';'),
/// empty 2xx bodies are tolerated, 429/412/502/503/504 are retried with jittered backoff honouring
/// Retry-After, and the bot token only travels to hosts <see cref="OutboundHostPolicy"/> allows.
/// </summary>
public sealed partial class ConnectorClient : IConnectorClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";

    private readonly HttpClient _httpClient;
    private readonly IBotTokenProvider _tokens;
    private readonly ConnectorOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(
        HttpClient httpClient,
        IBotTokenProvider tokens,
        IOptions<ConnectorOptions> options,
        TimeProvider timeProvider,
        ILogger<ConnectorClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _httpClient = httpClient;
        _tokens = tokens;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}", activity with { ReplyToId = replyToId }, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity with { Id = activityId }, cancellationToken);
    }

    public Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, cancellationToken);

    public Task<TeamsChannelAccount> GetConversationMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default) =>
        SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", null, cancellationToken);

    public async Task<AttachmentDownload> DownloadAttachmentAsync(Uri url, bool withBotToken, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!OutboundHostPolicy.MayDownloadFrom(url, _options))
        {
            // A user-supplied URL: refused before any request, whether or not a token would travel.
            throw new AttachmentRefusedException(AttachmentRefusal.UntrustedHost, $"Refused to download from {url.Scheme}://{url.Host}.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.DownloadTimeout);
        try
        {
            using var response = await SendWithRetriesAsync(HttpMethod.Get, url, null, withBotToken, timeout.Token);
            var declared = response.Content.Headers.ContentLength;
            if (declared > _options.MaxDownloadBytes)
            {
                throw TooLarge();
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var content = await ReadAllAsync(stream, declared, timeout.Token);
            return new AttachmentDownload(content, response.Content.Headers.ContentType?.MediaType);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AttachmentRefusedException(AttachmentRefusal.TimedOut, $"The download took longer than {_options.DownloadTimeout}.", ex);
        }
    }

    /// <summary>
    /// Reads the body into one array, sized by its Content-Length when it has one (and grown only if the sender
    /// sends more), never holding more than the limit: the file is copied once, not through a growing buffer.
    /// </summary>
    private async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream stream, long? declaredLength, CancellationToken cancellationToken)
    {
        const int chunk = 81_920;
        var limit = _options.MaxDownloadBytes;
        var cap = (int)Math.Min(limit + 1, Array.MaxLength); // one byte past the limit tells an oversized body
        var buffer = new byte[(int)Math.Min(cap, declaredLength is { } length ? length + 1 : chunk)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(cap, buffer.Length * 2L));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(filled, Math.Min(buffer.Length - filled, chunk)), cancellationToken);
            if (read == 0)
            {
                return buffer.AsMemory(0, filled);
            }

            filled += read;
            if (filled > limit)
            {
                throw TooLarge();
            }
        }
    }

    private AttachmentRefusedException TooLarge() =>
        new(AttachmentRefusal.TooLarge, $"Attachment is larger than {_options.MaxDownloadBytes} bytes.");

    private async Task<T> SendAsync<T>(HttpMethod method, Uri serviceUrl, string path, object? body, CancellationToken cancellationToken)
        where T : new()
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var baseUri = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl : new Uri(serviceUrl.AbsoluteUri + "/");
        var uri = new Uri(baseUri, path);
        using var response = await SendWithRetriesAsync(method, uri, body, withBotToken: true, cancellationToken);

        // Teams may answer 2xx with an empty body on send and reply (PROTOCOL.md §2).
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, ActivityJson.Options) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }

    private async Task<HttpResponseMessage> SendWithRetriesAsync(HttpMethod method, Uri uri, object? body, bool withBotToken, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = withBotToken ? await _tokens.GetTokenAsync(cancellationToken) : null;
        }
        catch (MsalException ex)
        {
            throw new ConnectorException("The bot token could not be obtained.", ex);
        }

        if (token is not null && !OutboundHostPolicy.MayCarryBotToken(uri, _options))
        {
            // Never hand the bot token to a host off the allow-list (or over plain http).
            throw new ConnectorException($"Refused to send the bot token to {uri.Scheme}://{uri.Host}.", null, "UntrustedServiceUrl", null);
        }

        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: ActivityJson.Options);
            }

            HttpResponseMessage response;
            try
            {
                response = await _httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                // Not retried: a POST may have reached the service, and activities carry no idempotency key.
                throw new ConnectorException($"{method.Method} {uri.AbsolutePath} could not reach the Connector.", ex);
            }

            var correlationId = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
            if (response.IsSuccessStatusCode)
            {
                LogCall(_logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, correlationId);
                return response;
            }

            if (RetryDelay.IsRetryable(response.StatusCode) && attempt < _options.MaxAttempts)
            {
                var delay = RetryDelay.Compute(attempt, response.Headers.RetryAfter, _timeProvider.GetUtcNow(), _options, Jitter());
                LogRetry(_logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, attempt, delay, correlationId);
                response.Dispose();
                await Task.Delay(delay, _timeProvider, cancellationToken);
                continue;
            }

            using (response)
            {
                var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
                LogFailure(_logger, method.Method, uri.AbsolutePath, (int)response.StatusCode, errorCode, correlationId);
                var message = $"{method.Method} {uri.AbsolutePath} answered {(int)response.StatusCode} {errorCode}".TrimEnd();
                throw response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    ? new ConversationUnavailableException(message, response.StatusCode, errorCode, correlationId)
                    : new ConnectorException(message, response.StatusCode, errorCode, correlationId);
            }
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double Jitter() => RandomNumberGenerator.GetInt32(0, 1_000_000) / 1_000_000d;

    private static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        return Uri.EscapeDataString(id);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector {Method} {Path} answered {Status} (correlation {CorrelationId})")]
    private static partial void LogCall(ILogger logger, string method, string path, int status, string? correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Path} answered {Status}; attempt {Attempt} retried after {Delay} (correlation {CorrelationId})")]
    private static partial void LogRetry(ILogger logger, string method, string path, int status, int attempt, TimeSpan delay, string? correlationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} {Path} failed with {Status} {ErrorCode} (correlation {CorrelationId})")]
    private static partial void LogFailure(ILogger logger, string method, string path, int status, string? errorCode, string? correlationId);
}
