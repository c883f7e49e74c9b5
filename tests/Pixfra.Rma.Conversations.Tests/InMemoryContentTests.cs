using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Conversations.Tests;

public sealed class InMemoryContentTests
{
    [Fact]
    public void Open_ThenTryGet_GivesTheSameBytesWithoutACopy()
    {
        var file = new byte[] { 1, 2, 3, 4, 5 };

        using var stream = InMemoryContent.Open(file.AsMemory(1, 3));

        Assert.True(InMemoryContent.TryGet(stream, out var bytes));
        Assert.Equal([2, 3, 4], bytes.ToArray());
        file[2] = 9;
        Assert.Equal(9, bytes.Span[1]); // the very same memory
    }

    [Fact]
    public void TryGet_StartsWhereTheStreamWasLeft()
    {
        using var stream = InMemoryContent.Open(new byte[] { 1, 2, 3, 4 });
        _ = stream.ReadByte();

        Assert.True(InMemoryContent.TryGet(stream, out var bytes));
        Assert.Equal([2, 3, 4], bytes.ToArray());
    }

    [Fact]
    public void TryGet_DoesNotBorrowAWritableStreamOrOneThatIsNotInMemory()
    {
        using var writable = new MemoryStream([1, 2, 3], 0, 3, writable: true, publiclyVisible: true);
        using var file = new BufferedStream(new MemoryStream([1, 2, 3]));

        Assert.False(InMemoryContent.TryGet(writable, out _));
        Assert.False(InMemoryContent.TryGet(file, out _));
    }

    [Fact]
    public void Open_ReadsLikeAnyStream()
    {
        using var stream = InMemoryContent.Open(new byte[] { 7, 8 });

        Assert.False(stream.CanWrite);
        Assert.Equal(7, stream.ReadByte());
        Assert.Equal(8, stream.ReadByte());
        Assert.Equal(-1, stream.ReadByte());
    }
}
