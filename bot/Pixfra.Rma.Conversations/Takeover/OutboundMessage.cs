using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

public enum OutboundKind
{
    /// <summary>A new message in <see cref="OutboundMessage.Target"/>.</summary>
    Send,

    /// <summary>Replace the message <see cref="OutboundMessage.ActivityId"/> in <see cref="OutboundMessage.Target"/> (a card, for everyone).</summary>
    Update,

    /// <summary>Start a thread in the staff channel with this card; its key and id are saved on the handoff.</summary>
    StartStaffThread,
}

/// <summary>
/// A message to a conversation other than the one the turn came from (the staff thread, the distributor's chat).
/// The host delivers these after the turn's state is written, through the proactive messenger.
/// </summary>
public sealed record OutboundMessage(OutboundKind Kind, ConversationKey? Target, Reply Reply, string? ActivityId = null, string? HandoffId = null)
{
    public static OutboundMessage Send(ConversationKey target, Reply reply) => new(OutboundKind.Send, target, reply);

    public static OutboundMessage Update(ConversationKey target, string activityId, Reply reply) => new(OutboundKind.Update, target, reply, activityId);

    public static OutboundMessage StartThread(string handoffId, Reply reply) => new(OutboundKind.StartStaffThread, null, reply, null, handoffId);
}
