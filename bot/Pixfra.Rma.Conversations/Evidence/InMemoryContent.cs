using System.Runtime.InteropServices;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// A file that is already in memory, passed on as a stream without another copy. Between the download, the
/// inspection and the blob store a photo used to be copied five times; readers that recognise these streams take
/// the bytes as they are.
/// </summary>
public static class InMemoryContent
{
    /// <summary>A read-only stream over <paramref name="content"/> itself (copied only when it is not backed by an array).</summary>
    public static MemoryStream Open(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false, publiclyVisible: true)
            : new MemoryStream(content.ToArray(), 0, content.Length, writable: false, publiclyVisible: true);

    /// <summary>
    /// The rest of <paramref name="content"/> (from its position) without reading it, when it is a read-only stream
    /// over memory such as <see cref="Open"/> returns. A writable stream is never borrowed: its owner could change it.
    /// </summary>
    public static bool TryGet(Stream content, out ReadOnlyMemory<byte> bytes)
    {
        if (content is MemoryStream { CanWrite: false } memory && memory.TryGetBuffer(out var segment))
        {
            bytes = segment.AsMemory(checked((int)Math.Min(memory.Position, segment.Count)));
            return true;
        }

        bytes = default;
        return false;
    }
}
