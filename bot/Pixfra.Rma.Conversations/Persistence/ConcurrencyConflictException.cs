namespace Pixfra.Rma.Conversations.Persistence;

/// <summary>
/// A write was refused because the stored document changed since it was read (stale ETag), or because
/// it already exists when the caller asked to create it. Nothing was written: reload and try again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
        : base("The document was changed by someone else; nothing was written.")
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ConcurrencyConflictException For(string kind, string key, Exception? innerException = null)
    {
        var message = $"The {kind} '{key}' was changed by someone else (or already exists); nothing was written.";
        return innerException is null ? new(message) : new(message, innerException);
    }
}
