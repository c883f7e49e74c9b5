namespace Pixfra.Rma.Domain.Cases;

/// <summary>
/// The chat a case was raised in (channel and conversation id): where reminders and status updates about it go.
/// Kept as plain text so the domain stays independent of any chat protocol.
/// </summary>
public sealed record ConversationAddress(string ChannelId, string ConversationId);
