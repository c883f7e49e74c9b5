using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;
using Activity = Pixfra.Rma.Protocol.Activities.Activity;
using ActivityKind = System.Diagnostics.ActivityKind;

namespace Pixfra.Rma.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>, one turn end to end (ARCHITECTURE.md): size limit → parse → authenticate →
/// save the conversation reference → de-duplicate → one turn at a time per conversation → handler →
/// answer (200 empty, the invoke response, or the expectReplies body).
/// </summary>
public sealed partial class BotMessageEndpoint(
    IBotAuthenticator authenticator,
    ConversationLocks locks,
    RecentConversationReferences recentReferences,
    IOptions<BotProtocolOptions> options,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<BotMessageEndpoint> logger)
{
    private readonly BotProtocolOptions _options = options.Value;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var started = timeProvider.GetTimestamp();
        var outcome = "refused";
        Activity? activity = null;
        using var span = ProtocolTelemetry.ActivitySource.StartActivity("bot.turn", ActivityKind.Server);
        try
        {
            if (!IsJsonOrUnstated(http.Request.ContentType))
            {
                await WriteErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, "activities are sent as application/json");
                return;
            }

            var body = await ReadBodyAsync(http);
            if (body is null)
            {
                await WriteErrorAsync(http, StatusCodes.Status413PayloadTooLarge, "request body too large");
                return;
            }

            try
            {
                activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
            }
            catch (JsonException)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, "malformed JSON");
                return;
            }

            if (InboundActivityValidator.Validate(activity) is { } invalid)
            {
                await WriteErrorAsync(http, StatusCodes.Status400BadRequest, invalid);
                return;
            }

            outcome = await RunAsync(http, activity!, span);
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started).TotalSeconds;
            ProtocolTelemetry.TurnDuration.Record(elapsed,
                new KeyValuePair<string, object?>("activity.type", activity?.Type ?? "unknown"),
                new KeyValuePair<string, object?>("channel", activity?.ChannelId ?? "unknown"),
                new KeyValuePair<string, object?>("outcome", outcome));
            span?.SetTag("outcome", outcome);
        }
    }

    private async Task<string> RunAsync(HttpContext http, Activity activity, System.Diagnostics.Activity? span)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        // Ports come from the request scope, so storage adapters may be scoped or singletons.
        var processedActivities = http.RequestServices.GetRequiredService<IProcessedActivityStore>();
        var references = http.RequestServices.GetRequiredService<IConversationReferenceStore>();
        var conversation = new ConversationKey(activity.ChannelId!, activity.Conversation!.Id!);
        span?.SetTag("bot.channel", activity.ChannelId);
        span?.SetTag("bot.conversation.id", activity.Conversation.Id);
        span?.SetTag("bot.activity.id", activity.Id);
        span?.SetTag("bot.activity.type", activity.Type);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ChannelId"] = activity.ChannelId,
            ["ConversationId"] = activity.Conversation.Id,
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
        });

        var authentication = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!authentication.Succeeded)
        {
            LogRefused(logger, authentication.StatusCode, authentication.Reason);
            await WriteErrorAsync(http, authentication.StatusCode, authentication.Reason ?? "unauthorized");
            return "refused";
        }

        ActivityKey? key = string.IsNullOrEmpty(activity.Id) ? null : new ActivityKey(activity.ChannelId!, activity.Conversation.Id!, activity.Id);
        try
        {
            // Every authenticated activity refreshes the reference: Teams may move a conversation's serviceUrl.
            var reference = ConversationReferences.FromActivity(activity);
            if (reference is not null && !recentReferences.WasSaved(reference))
            {
                await references.SaveAsync(reference, cancellationToken);
                recentReferences.Saved(reference);
            }

            if (key is not null && !await processedActivities.TryClaimAsync(key, timeProvider.GetUtcNow() + _options.DuplicateWindow, cancellationToken))
            {
                LogDuplicate(logger);
                http.Response.StatusCode = StatusCodes.Status200OK;
                return "duplicate";
            }

            var turnTask = RunTurnAsync(http, activity, authentication, reference, conversation, cancellationToken);
            if (!activity.IsInvoke && !activity.ExpectsReplies)
            {
                await AcknowledgeIfSlowAsync(http, turnTask);
            }

            var (turn, invokeResponse) = await turnTask;
            LogHandled(logger);
            await WriteTurnResponseAsync(http, activity, turn, invokeResponse);
            return "handled";
        }
        catch (TurnFailedException ex)
        {
            // Forget the claim so the channel's retry of this delivery is handled again.
            if (key is not null)
            {
                await processedActivities.ReleaseAsync(key, CancellationToken.None);
            }

            LogTurnFailed(logger, ex.InnerException!);
            await WriteErrorIfPossibleAsync(http, "turn failed");
            return "failed";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // Storage unavailable before the turn, or the answer could not be written after it.
            LogPipelineFailed(logger, ex);
            await WriteErrorIfPossibleAsync(http, "internal error");
            return "failed";
        }
    }

    private async Task<(TurnContext Turn, InvokeResponse? InvokeResponse)> RunTurnAsync(
        HttpContext http, Activity activity, BotAuthenticationResult authentication, ConversationReference? reference,
        ConversationKey conversation, CancellationToken cancellationToken)
    {
        try
        {
            using (await locks.AcquireAsync(conversation, cancellationToken))
            {
                var turn = new TurnContext(activity, authentication, reference, http.RequestServices.GetRequiredService<IConnectorClient>());
                var handler = http.RequestServices.GetRequiredService<IBotHandler>();
                var showTyping = activity.Type == ActivityTypes.Message && !activity.ExpectsReplies;
                await using (showTyping ? TypingIndicator.Start(turn, _options, timeProvider, logger) : null)
                {
                    return (turn, await handler.OnTurnAsync(turn, cancellationToken));
                }
            }
        }
        catch (Exception ex)
        {
            throw new TurnFailedException(ex);
        }
    }

    /// <summary>Completes the HTTP response with 200 if the turn outlives <see cref="BotProtocolOptions.AcknowledgeAfter"/>.</summary>
    private async Task AcknowledgeIfSlowAsync(HttpContext http, Task turnTask)
    {
        using var stopWaiting = new CancellationTokenSource();
        var deadline = Task.Delay(_options.AcknowledgeAfter, timeProvider, stopWaiting.Token);
        if (await Task.WhenAny(turnTask, deadline) == deadline)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.CompleteAsync();
            LogAcknowledgedEarly(logger);
        }

        await stopWaiting.CancelAsync();
    }

    private static async Task WriteErrorIfPossibleAsync(HttpContext http, string reason)
    {
        if (!http.Response.HasStarted)
        {
            await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, reason);
        }
    }

    private static async Task WriteTurnResponseAsync(HttpContext http, Activity activity, TurnContext turn, InvokeResponse? invokeResponse)
    {
        if (activity.IsInvoke)
        {
            var response = invokeResponse ?? InvokeResponse.NotImplemented;
            http.Response.StatusCode = response.Status;
            if (response.Body is not null)
            {
                await http.Response.WriteAsJsonAsync(response.Body, ActivityJson.Options);
            }

            return;
        }

        if (activity.ExpectsReplies)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsJsonAsync(new ExpectedReplies(turn.CollectedReplies), ActivityJson.Options);
            return;
        }

        if (!http.Response.HasStarted)
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    /// <summary>
    /// Channels send <c>application/json</c> (with a charset); a body declared as anything else is not an activity,
    /// even if it happens to parse. No Content-Type at all is read as JSON, as the Bot Framework SDK does.
    /// </summary>
    private static bool IsJsonOrUnstated(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType is not { } type)
        {
            return false;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The body, or null when it is larger than the limit.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        var limit = _options.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limit;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                await buffer.WriteAsync(chunk.AsMemory(0, read), http.RequestAborted);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static async Task WriteErrorAsync(HttpContext http, int status, string reason)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsJsonAsync(new JsonObject { ["error"] = reason }, ActivityJson.Options);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Duplicate delivery acknowledged without a turn")]
    private static partial void LogDuplicate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn handled")]
    private static partial void LogHandled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed; the delivery was released for a retry")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn still running; delivery acknowledged so the channel does not re-send it")]
    private static partial void LogAcknowledgedEarly(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Activity could not be processed outside the turn")]
    private static partial void LogPipelineFailed(ILogger logger, Exception exception);

    /// <summary>Marks a failure inside the handler, the only one after which the claim is released.</summary>
    private sealed class TurnFailedException(Exception inner) : Exception("The turn failed.", inner);
}
