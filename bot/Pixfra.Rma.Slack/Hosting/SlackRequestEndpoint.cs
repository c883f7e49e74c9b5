using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Turns;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.Verification;

namespace Pixfra.Rma.Slack.Hosting;

/// <summary>
/// The Events API and interactivity endpoints: size limit (413) → signature within the replay window (401) →
/// de-duplicate (a retry or replay answers 200 and does nothing) → queue → 200 at once. The work runs afterwards in
/// <see cref="SlackWorkProcessor"/>, because Slack wants its answer within 3 s and retries otherwise.
/// </summary>
public sealed partial class SlackRequestEndpoint(
    IOptionsMonitor<SlackOptions> options,
    TimeProvider time,
    IProcessedActivityStore processed,
    SlackBacklog queue,
    ILogger<SlackRequestEndpoint> logger)
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";

    public async Task<IResult> HandleEventsAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await ReadVerifiedAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        JsonObject? envelope;
        try
        {
            envelope = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            envelope = null;
        }

        switch (SlackPayloads.Text(envelope, "type"))
        {
            case "url_verification":
                return Results.Text(SlackPayloads.Text(envelope, "challenge") ?? string.Empty, "text/plain");
            case "event_callback" when SlackPayloads.ReadEvent(envelope!) is { } slackEvent:
                return await AcceptAsync(new SlackWorkItem(slackEvent, null), slackEvent.TeamId, slackEvent.EventId, context);
            default:
                return Results.Ok();
        }
    }

    public async Task<IResult> HandleInteractivityAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (body, refusal) = await ReadVerifiedAsync(context);
        if (refusal is not null)
        {
            return refusal;
        }

        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        JsonObject? payload = null;
        if (form.TryGetValue("payload", out var json))
        {
            try
            {
                payload = JsonNode.Parse(json.ToString()) as JsonObject;
            }
            catch (JsonException)
            {
                payload = null;
            }
        }

        if (payload is null || SlackPayloads.ReadInteraction(payload) is not { } interaction)
        {
            return Results.Ok();
        }

        // Interactions carry no event id; the trigger id is unique per click or submission.
        var id = interaction.TriggerId ?? SlackPayloads.Text(payload, "action_ts") ?? context.Request.Headers[SlackSignature.SignatureHeader].ToString();
        return await AcceptAsync(new SlackWorkItem(null, interaction), interaction.TeamId, "interaction:" + id, context);
    }

    private async Task<IResult> AcceptAsync(SlackWorkItem item, string teamId, string deliveryId, HttpContext context)
    {
        var key = new ActivityKey(SlackConversations.ChannelId, teamId, deliveryId);
        var cancellationToken = context.RequestAborted;
        if (!await processed.TryClaimAsync(key, time.GetUtcNow() + options.CurrentValue.DuplicateWindow, cancellationToken))
        {
            var retryNum = context.Request.Headers[RetryNumHeader].ToString();
            LogDuplicate(logger, deliveryId, retryNum);
            return Results.Ok();
        }

        if (!queue.TryEnqueue(item))
        {
            await processed.ReleaseAsync(key, cancellationToken);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    private async Task<(byte[] Body, IResult? Refusal)> ReadVerifiedAsync(HttpContext context)
    {
        var settings = options.CurrentValue;
        var request = context.Request;
        if (request.ContentLength > settings.MaxRequestBodyBytes)
        {
            return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > settings.MaxRequestBodyBytes)
            {
                return ([], Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var verification = SlackSignature.Verify(
            settings.SigningSecret,
            request.Headers[SlackSignature.TimestampHeader].ToString(),
            request.Headers[SlackSignature.SignatureHeader].ToString(),
            body,
            time.GetUtcNow(),
            settings.ReplayWindow);
        if (!verification.IsValid)
        {
            LogRefused(logger, verification.Reason);
            return ([], Results.Unauthorized());
        }

        return (body, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack delivery {DeliveryId} already handled (retry {RetryNum})")]
    private static partial void LogDuplicate(ILogger logger, string deliveryId, string retryNum);
}
