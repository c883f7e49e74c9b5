using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Turns;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.Verification;

namespace Pixfra.Rma.Slack.Hosting;

/// <summary>
/// The Events API and interactivity endpoints: size limit (413) → signature within the replay window (401) →
/// de-duplicate (a retry or replay answers 200 and does nothing) → queue → 200 at once. The work runs afterwards in
/// <see cref="SlackWorkProcessor"/>, because Slack wants its answer within 3 s and retries otherwise. A modal's
/// submission and an "open the form" click are the exceptions: see <see cref="HandleViewSubmissionAsync"/> and
/// <see cref="OpenFormAsync"/>.
/// </summary>
public sealed partial class SlackRequestEndpoint(
    IOptionsMonitor<SlackOptions> options,
    TimeProvider time,
    IProcessedActivityStore processed,
    SlackBacklog queue,
    ConversationLocks locks,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
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
        if (interaction.Type == SlackInteraction.ViewSubmission)
        {
            return await HandleViewSubmissionAsync(interaction, "interaction:" + id, context);
        }

        return interaction.Actions is [{ ActionId: var actionId }, ..] && actionId.StartsWith(SlackButtonValue.FormPrefix, StringComparison.Ordinal)
            ? await OpenFormAsync(interaction, "interaction:" + id, context)
            : await AcceptAsync(new SlackWorkItem(null, interaction), interaction.TeamId, "interaction:" + id, context);
    }

    /// <summary>
    /// An "open the form" click is handled before answering, without the conversation lock: <c>views.open</c> needs
    /// the click's trigger id, which Slack honours for 3 s only, and a queue waiting behind a running turn could
    /// outlast that. Opening a form reads the stored card and changes nothing, so it needs no lock.
    /// </summary>
    private async Task<IResult> OpenFormAsync(SlackInteraction interaction, string deliveryId, HttpContext context)
    {
        if (await ClaimAsync(interaction.TeamId, deliveryId, context) is null)
        {
            return Results.Ok();
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ISlackHandler>().HandleInteractionAsync(interaction, lifetime.ApplicationStopping);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Slack was not told anything yet, but a retry would come with an expired trigger: acknowledge and log.
            LogFormOpenFailed(logger, interaction.TeamId, e);
        }

        return Results.Ok();
    }

    /// <summary>
    /// A modal's submission is handled before answering, unlike everything else: only the HTTP response can keep the
    /// modal open with errors on its fields (<c>response_action: errors</c>) or show it again after the flow refused
    /// it (<c>update</c>); any later answer comes too late, and an empty 200 closes the modal and loses what was typed.
    /// So the turn runs here, under the same conversation lock the queue uses, and only the Web API calls it leads to
    /// (posting the replies) are queued. The signature check and de-duplication come first, as for every request.
    /// The turn is not cancelled when Slack stops waiting: a half-run turn would be worse than a late answer.
    /// </summary>
    private async Task<IResult> HandleViewSubmissionAsync(SlackInteraction interaction, string deliveryId, HttpContext context)
    {
        var key = await ClaimAsync(interaction.TeamId, deliveryId, context);
        if (key is null
            || SlackFormMetadata.Read(SlackPayloads.Text(interaction.View, "private_metadata")) is not { } form)
        {
            return Results.Ok();
        }

        var conversation = SlackConversations.Key(interaction.TeamId, form.ChannelId);
        var cancellationToken = lifetime.ApplicationStopping;
        SlackViewResponse response;
        try
        {
            using var held = await locks.AcquireAsync(conversation, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            response = await scope.ServiceProvider.GetRequiredService<ISlackHandler>().HandleViewSubmissionAsync(interaction, form, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A 500 keeps the modal open with Slack's own error line: nothing typed is lost, and the user can send it again.
            LogSubmissionFailed(logger, conversation.ToString(), e);
            await processed.ReleaseAsync(key, CancellationToken.None);
            context.Response.Headers["X-Slack-No-Retry"] = "1";
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        if (response.FollowUp is { } followUp && !queue.TryEnqueue(new SlackWorkItem(null, null, new SlackFollowUp(conversation, followUp))))
        {
            LogFollowUpDropped(logger, conversation.ToString());
        }

        return response.Body is { } body ? Results.Text(body.ToJsonString(), "application/json") : Results.Ok();
    }

    private async Task<IResult> AcceptAsync(SlackWorkItem item, string teamId, string deliveryId, HttpContext context)
    {
        if (await ClaimAsync(teamId, deliveryId, context) is not { } key)
        {
            return Results.Ok();
        }

        if (!queue.TryEnqueue(item))
        {
            await processed.ReleaseAsync(key, context.RequestAborted);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    // Null when this delivery was already claimed: a retry or replay is answered 200 and does nothing.
    private async Task<ActivityKey?> ClaimAsync(string teamId, string deliveryId, HttpContext context)
    {
        var key = new ActivityKey(SlackConversations.ChannelId, teamId, deliveryId);
        if (await processed.TryClaimAsync(key, time.GetUtcNow() + options.CurrentValue.DuplicateWindow, context.RequestAborted))
        {
            return key;
        }

        var retryNum = context.Request.Headers[RetryNumHeader].ToString();
        LogDuplicate(logger, deliveryId, retryNum);
        return null;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack form of team {Team} could not be opened")]
    private static partial void LogFormOpenFailed(ILogger logger, string team, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack form submission in {Conversation} failed")]
    private static partial void LogSubmissionFailed(ILogger logger, string conversation, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack form submission in {Conversation}: replies not posted, the queue is full")]
    private static partial void LogFollowUpDropped(ILogger logger, string conversation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack delivery {DeliveryId} already handled (retry {RetryNum})")]
    private static partial void LogDuplicate(ILogger logger, string deliveryId, string retryNum);
}
