namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>No reference is stored for the conversation: the bot never received an activity from it.</summary>
public sealed class UnknownConversationException : Exception
{
    public UnknownConversationException()
    {
    }

    public UnknownConversationException(string message)
        : base(message)
    {
    }

    public UnknownConversationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnknownConversationException(ConversationKey conversation)
        : base($"No conversation reference for {conversation}.")
    {
        Conversation = conversation;
    }

    public ConversationKey? Conversation { get; }
}
