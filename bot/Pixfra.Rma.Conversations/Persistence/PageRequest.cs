namespace Pixfra.Rma.Conversations.Persistence;

/// <summary>Which page to read: at most <see cref="Size"/> items after <see cref="ContinuationToken"/> (null = first page).</summary>
public sealed record PageRequest(int Size, string? ContinuationToken = null)
{
    public const int MaxSize = 500;

    public static PageRequest First(int size) => new(size);

    /// <summary>Throws for sizes a store should never be asked for.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Size, 1, nameof(Size));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Size, MaxSize, nameof(Size));
    }
}
