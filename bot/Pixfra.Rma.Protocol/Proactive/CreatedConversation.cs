namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>A conversation the bot started: its saved reference and the id of its first activity, if any.</summary>
public sealed record CreatedConversation(ConversationReference Reference, string? ActivityId);
