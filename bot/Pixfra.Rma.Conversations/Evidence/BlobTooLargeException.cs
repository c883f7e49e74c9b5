namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>An upload was longer than the limit; nothing was stored.</summary>
public sealed class BlobTooLargeException : Exception
{
    public BlobTooLargeException()
        : base("The file is larger than allowed; nothing was stored.")
    {
    }

    public BlobTooLargeException(string message)
        : base(message)
    {
    }

    public BlobTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlobTooLargeException(long maxBytes)
        : base($"The file is larger than {maxBytes} bytes; nothing was stored.")
    {
        MaxBytes = maxBytes;
    }

    public long MaxBytes { get; }
}
