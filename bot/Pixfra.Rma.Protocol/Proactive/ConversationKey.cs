namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>A conversation across channels: conversation ids are only unique within a channel.</summary>
public sealed record ConversationKey(string ChannelId, string ConversationId)
{
    public override string ToString() => $"{ChannelId}|{ConversationId}";
}
