namespace Pixfra.Rma.Protocol.Turns;

/// <summary>
/// Identifies one delivery of an activity. Teams re-sends a request when the bot takes longer than
/// 15 s, so (channel, conversation, activity id) is what de-duplication compares.
/// </summary>
public sealed record ActivityKey(string ChannelId, string ConversationId, string ActivityId)
{
    /// <summary>One string form, stable across processes, for stores that need a single key.</summary>
    public override string ToString() => $"{ChannelId}|{ConversationId}|{ActivityId}";
}
