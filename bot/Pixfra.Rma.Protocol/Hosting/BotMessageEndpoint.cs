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
    IProcessedActivityStore processedActivities,
    IConversationReferenceStore references,
    ConversationLocks locks,
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

        // Every authenticated activity refreshes the reference: Teams may move a conversation's serviceUrl.
        var reference = ConversationReferences.FromActivity(activity);
        if (reference is not null)
        {
            await references.SaveAsync(reference, cancellationToken);
        }

        ActivityKey? key = string.IsNullOrEmpty(activity.Id) ? null : new ActivityKey(activity.ChannelId!, activity.Conversation.Id!, activity.Id);
        if (key is not null && !await processedActivities.TryClaimAsync(key, timeProvider.GetUtcNow() + _options.DuplicateWindow, cancellationToken))
        {
            LogDuplicate(logger);
            http.Response.StatusCode = StatusCodes.Status200OK;
            return "duplicate";
        }

        try
        {
            using (await locks.AcquireAsync(conversation, cancellationToken))
            {
                var turn = new TurnContext(activity, authentication, reference, http.RequestServices.GetRequiredService<IConnectorClient>());
                var handler = http.RequestServices.GetRequiredService<IBotHandler>();
                InvokeResponse? invokeResponse;
                var showTyping = activity.Type == ActivityTypes.Message && !activity.ExpectsReplies;
                await using (showTyping ? TypingIndicator.Start(turn, _options, timeProvider, logger) : null)
                {
                    invokeResponse = await handler.OnTurnAsync(turn, cancellationToken);
                }

                await WriteTurnResponseAsync(http, activity, turn, invokeResponse);
            }

            LogHandled(logger);
            return "handled";
        }
        catch (Exception ex)
        {
            // Forget the claim so the channel's retry of this delivery is handled again.
            if (key is not null)
            {
                await processedActivities.ReleaseAsync(key, CancellationToken.None);
            }

            LogTurnFailed(logger, ex);
            if (!http.Response.HasStarted)
            {
                await WriteErrorAsync(http, StatusCodes.Status500InternalServerError, "turn failed");
            }

            return "failed";
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

        http.Response.StatusCode = StatusCodes.Status200OK;
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
}
