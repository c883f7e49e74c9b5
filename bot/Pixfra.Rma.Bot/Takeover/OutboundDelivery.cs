using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Teams;

namespace Pixfra.Rma.Bot.Takeover;

/// <summary>
/// Delivers a turn's messages to other conversations (staff thread, distributor chat) after the turn's state was
/// written, through the proactive messenger. A staff thread it creates is saved on the handoff. A failed delivery is
/// logged and does not fail the turn: what was decided is already stored, and staff can find it with "queue".
/// </summary>
public sealed partial class OutboundDelivery(
    IProactiveMessenger messenger,
    IConversationReferenceStore references,
    IHandoffStore handoffs,
    IOptions<SupportOptions> options,
    IConfiguration configuration,
    ILogger<OutboundDelivery> logger)
{
    public async Task DeliverAsync(IReadOnlyList<OutboundMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
        {
            try
            {
                switch (message)
                {
                    case { Kind: OutboundKind.Send, Target: { } target }:
                        await messenger.SendAsync(target, ActivityFor(target.ChannelId, message), cancellationToken);
                        break;
                    case { Kind: OutboundKind.Update, Target: { } target, ActivityId: { } activityId }:
                        await messenger.UpdateAsync(target, activityId, ActivityFor(target.ChannelId, message), cancellationToken);
                        break;
                    case { Kind: OutboundKind.StartStaffThread, HandoffId: { } handoffId }:
                        await StartThreadAsync(handoffId, message, cancellationToken);
                        break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, message.Kind, message.Target?.ToString() ?? message.HandoffId, e);
            }
        }
    }

    private async Task StartThreadAsync(string handoffId, OutboundMessage message, CancellationToken cancellationToken)
    {
        var channel = options.Value.StaffChannel;
        if (!channel.IsConfigured)
        {
            LogNoStaffChannel(logger, handoffId);
            return;
        }

        // The bot's own account as the distributor's chat knows it (28:<app id> in Teams).
        var handoff = await handoffs.GetAsync(handoffId, cancellationToken);
        var reference = handoff is null ? null : await references.FindAsync(handoff.Value.DistributorConversation, cancellationToken);
        var botId = reference?.BotId is { Length: > 0 } id ? id : $"28:{configuration["MicrosoftAppId"]}";
        var parameters = TeamsConversations.ChannelThread(botId, channel.ConversationId!, channel.TenantId ?? string.Empty, ActivityFor(TeamsActivity.ChannelId, message));
        var created = await messenger.CreateConversationAsync(TeamsActivity.ChannelId, channel.ServiceUrl!, parameters, cancellationToken);
        await HandoffThreads.RecordAsync(handoffs, handoffId, created.Reference.Key, created.ActivityId, cancellationToken);
    }

    private static Activity ActivityFor(string channelId, OutboundMessage message) =>
        RmaBotHandler.ToActivity(new Activity { ChannelId = channelId }, message.Reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {Kind} message to {Target}.")]
    private static partial void LogFailed(ILogger logger, OutboundKind kind, string? target, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff {HandoffId} was not posted: Support:StaffChannel (ServiceUrl, ConversationId) is not configured. Staff see it with \"queue\".")]
    private static partial void LogNoStaffChannel(ILogger logger, string handoffId);
}
