using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Evidence.Content;

/// <summary>
/// Reads a stream into memory but never more than the limit + 1 bytes, so a huge (or endless) upload costs at most
/// the limit in memory and reading time. A seekable stream that says it is too long is not read at all.
/// </summary>
internal static class BoundedReader
{
    private const int ChunkSize = 81_920;

    public static async Task<BoundedContent> ReadAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, Array.MaxLength - 1L);

        var remaining = RemainingLength(content);
        if (remaining > maxBytes)
        {
            return new BoundedContent(ReadOnlyMemory<byte>.Empty, OverLimit: true, remaining.Value);
        }

        if (InMemoryContent.TryGet(content, out var inMemory))
        {
            return new BoundedContent(inMemory, OverLimit: false, inMemory.Length);
        }

        // One byte past the limit is enough to know the content is too long. A stream that told its length gets a
        // buffer one byte longer, so the read that finds the end needs no bigger buffer.
        var cap = (int)(maxBytes + 1);
        var buffer = new byte[remaining is { } known ? (int)Math.Min(cap, known + 1) : Math.Min(cap, ChunkSize)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(cap, buffer.Length * 2L));
            }

            var read = await content.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length - length, ChunkSize)), cancellationToken);
            if (read == 0)
            {
                return new BoundedContent(buffer.AsMemory(0, length), OverLimit: false, length);
            }

            length += read;
            if (length > maxBytes)
            {
                return new BoundedContent(ReadOnlyMemory<byte>.Empty, OverLimit: true, length);
            }
        }
    }

    private static long? RemainingLength(Stream content)
    {
        if (!content.CanSeek)
        {
            return null;
        }

        try
        {
            return Math.Max(0, content.Length - content.Position);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
