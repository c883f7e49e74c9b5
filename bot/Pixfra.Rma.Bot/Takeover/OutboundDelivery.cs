using Pixfra.Rma.Bot.Outbound;
using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Bot.Takeover;

/// <summary>
/// Delivers a turn's messages to other conversations (staff thread, distributor chat) after the turn's state was
/// written, each through the messenger of the platform the conversation lives on. A staff thread it creates is saved
/// on the handoff. A failed delivery is logged and does not fail the turn: what was decided is already stored, and
/// staff can find it with "queue".
/// </summary>
public sealed partial class OutboundDelivery(
    ChannelMessengers messengers,
    IEnumerable<IStaffChannel> staffChannels,
    IHandoffStore handoffs,
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
                        await messengers.For(target).SendAsync(target, message.Reply, cancellationToken);
                        break;
                    case { Kind: OutboundKind.Update, Target: { } target, ActivityId: { } activityId }:
                        await messengers.For(target).UpdateAsync(target, activityId, message.Reply, cancellationToken);
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
        var handoff = await handoffs.GetAsync(handoffId, cancellationToken);
        var configured = staffChannels.Where(c => c.IsConfigured).ToList();
        if (handoff is null || configured.Count == 0)
        {
            LogNoStaffChannel(logger, handoffId);
            return;
        }

        // A handoff from Slack goes to the Slack staff channel and one from Teams to Teams, when both are set.
        var channel = configured.Find(c => c.IsHomeOf(handoff.Value.DistributorConversation)) ?? configured[0];
        var thread = await channel.StartThreadAsync(handoff.Value, message.Reply, cancellationToken);
        await HandoffThreads.RecordAsync(handoffs, handoffId, thread.Thread, thread.CardMessageId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {Kind} message to {Target}.")]
    private static partial void LogFailed(ILogger logger, OutboundKind kind, string? target, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handoff {HandoffId} was not posted: it is gone, or neither Support:StaffChannel (ServiceUrl, ConversationId) nor Support:SlackStaffChannel (TeamId, ChannelId) is configured. Staff see it with \"queue\".")]
    private static partial void LogNoStaffChannel(ILogger logger, string handoffId);
}
