namespace Pixfra.Rma.Bot.Outbound;

/// <summary>The conversation cannot be reached and trying again will not help; <see cref="Detail"/> says why.</summary>
public sealed class ChatUnreachableException : Exception
{
    public ChatUnreachableException()
    {
    }

    public ChatUnreachableException(string message)
        : base(message)
    {
        Detail = message;
    }

    public ChatUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
        Detail = message;
    }

    /// <summary>Short and free of personal data, e.g. <c>403 ConversationBlockedByUser</c> or <c>slack channel_not_found</c>.</summary>
    public string? Detail { get; }
}
