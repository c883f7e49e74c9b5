namespace Pixfra.Rma.Protocol.Connector;

public enum AttachmentRefusal
{
    /// <summary>The URL's host is not one Teams serves files from (anti-SSRF): nothing was requested.</summary>
    UntrustedHost,

    /// <summary>Longer than <see cref="ConnectorOptions.MaxDownloadBytes"/>: reading stopped at the limit.</summary>
    TooLarge,

    /// <summary>The host did not answer within <see cref="ConnectorOptions.DownloadTimeout"/>.</summary>
    TimedOut,
}

/// <summary>An attachment download the bot refused or gave up; the reason says which, so the user can be told.</summary>
public sealed class AttachmentRefusedException : ConnectorException
{
    public AttachmentRefusedException()
    {
    }

    public AttachmentRefusedException(string message)
        : base(message)
    {
    }

    public AttachmentRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AttachmentRefusedException(AttachmentRefusal reason, string message, Exception? innerException = null)
        : base(message, innerException!)
    {
        Reason = reason;
    }

    public AttachmentRefusal Reason { get; }
}
