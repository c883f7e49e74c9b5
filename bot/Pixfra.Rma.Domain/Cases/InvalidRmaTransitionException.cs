namespace Pixfra.Rma.Domain.Cases;

/// <summary>A lifecycle step the case's state does not allow; the message says which and why.</summary>
public sealed class InvalidRmaTransitionException : InvalidOperationException
{
    public InvalidRmaTransitionException()
    {
    }

    public InvalidRmaTransitionException(string message)
        : base(message)
    {
    }

    public InvalidRmaTransitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
