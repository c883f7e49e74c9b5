namespace Pixfra.Rma.Conversations.Evidence;

public enum FileUnavailableReason
{
    /// <summary>The link does not point where the chat service keeps files.</summary>
    UntrustedSource,

    /// <summary>Larger than the bot downloads.</summary>
    TooLarge,

    /// <summary>The download did not finish in time.</summary>
    TimedOut,

    /// <summary>The chat service refused or failed (expired link, network).</summary>
    Failed,
}

/// <summary>A file the user sent could not be fetched; the reason picks what the user is told.</summary>
public sealed class FileUnavailableException : Exception
{
    public FileUnavailableException()
    {
    }

    public FileUnavailableException(string message)
        : base(message)
    {
    }

    public FileUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FileUnavailableException(FileUnavailableReason reason, Exception? innerException = null)
        : base($"The file could not be fetched: {reason}.", innerException)
    {
        Reason = reason;
    }

    public FileUnavailableReason Reason { get; }
}
