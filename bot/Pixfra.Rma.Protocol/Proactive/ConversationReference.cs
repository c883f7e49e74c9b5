namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>
/// What is needed to message a conversation later without an incoming activity. Flat on purpose:
/// stores keep it as one document and the connector needs nothing else. Refreshed from every
/// incoming activity because Teams may change the serviceUrl.
/// </summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? UserAadObjectId,
    string? Locale)
{
    public ConversationKey Key => new(ChannelId, ConversationId);
}
