using System.Security.Cryptography;
using System.Text;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Storage.Tests.Blobs;

/// <summary>What every blob store must do; adapters derive and say how to make a fresh, empty store.</summary>
public abstract class BlobStoreContractTests : IAsyncLifetime
{
    private const long Limit = 1_000_000;

    protected IBlobStore Store { get; private set; } = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh store and a way to count what it holds (to prove "stored once" and "nothing kept").</summary>
    protected abstract Task<(IBlobStore Store, Func<Task<int>> CountStored)> CreateStoreAsync();

    protected abstract ValueTask CleanupAsync();

    private Func<Task<int>> CountStored { get; set; } = null!;

    public async ValueTask InitializeAsync() => (Store, CountStored) = await CreateStoreAsync();

    public async ValueTask DisposeAsync()
    {
        await CleanupAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>How content reaches a store: streamed, or as a file the bot already holds in memory (a checked photo).</summary>
    public static TheoryData<string> Shapes => ["streamed", "in memory"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Put_ThenOpen_ReturnsTheSameBytesUnderTheirHash(string shape)
    {
        var bytes = Content(300_000);

        var reference = await Store.PutAsync(Upload(bytes, shape), "image/jpeg", Limit, Ct);

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(new BlobReference(sha, "image/jpeg", bytes.Length, sha), reference);
        await using var read = await Store.OpenReadAsync(reference.Name, Ct);
        Assert.NotNull(read);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Ct);
        Assert.Equal(bytes, copy.ToArray());
        Assert.True(await Store.ExistsAsync(reference.Name, Ct));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Put_SameContentTwice_IsStoredOnce(string shape)
    {
        var bytes = Content(10_000);

        var first = await Store.PutAsync(Upload(bytes, shape), "application/pdf", Limit, Ct);
        var second = await Store.PutAsync(Upload(bytes, shape), "application/pdf", Limit, Ct);

        Assert.Equal(first, second);
        Assert.Equal(1, await CountStored());
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Put_ExactlyAtTheLimit_IsAccepted(string shape)
    {
        var reference = await Store.PutAsync(Upload(Content((int)Limit), shape), "image/png", Limit, Ct);

        Assert.Equal(Limit, reference.Length);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Put_OverTheLimit_IsRefusedAndNothingIsKept(string shape)
    {
        await Assert.ThrowsAsync<BlobTooLargeException>(
            () => Store.PutAsync(Upload(Content((int)Limit + 1), shape), "image/png", Limit, Ct));

        Assert.Equal(0, await CountStored());
    }

    [Fact]
    public async Task Put_EndlessUpload_StopsReadingSoonAfterTheLimit()
    {
        var endless = new EndlessStream();

        await Assert.ThrowsAsync<BlobTooLargeException>(() => Store.PutAsync(endless, "video/mp4", Limit, Ct));

        Assert.InRange(endless.BytesRead, Limit + 1, Limit + 200_000);
    }

    [Fact]
    public async Task Missing_IsNullFalseAndDeleteIsQuiet()
    {
        var name = new string('0', 64);

        Assert.Null(await Store.OpenReadAsync(name, Ct));
        Assert.False(await Store.ExistsAsync(name, Ct));
        await Store.DeleteAsync(name, Ct);
    }

    [Fact]
    public async Task Delete_RemovesTheBlob()
    {
        var reference = await Store.PutAsync(new MemoryStream(Content(100)), "text/plain", Limit, Ct);

        await Store.DeleteAsync(reference.Name, Ct);

        Assert.False(await Store.ExistsAsync(reference.Name, Ct));
        Assert.Equal(0, await CountStored());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("发票.pdf")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("")]
    public async Task Names_ThatAreNotContentHashes_AreRefused(string name)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(name, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(name, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(name, Ct));
    }

    private static MemoryStream Upload(byte[] bytes, string shape) =>
        shape == "in memory" ? InMemoryContent.Open(bytes) : new MemoryStream(bytes); // a writable stream is read, not borrowed

    private static byte[] Content(int length)
    {
        var text = Encoding.UTF8.GetBytes("保修发票 invoice 📄 ");
        return [.. Enumerable.Range(0, length).Select(i => text[i % text.Length])];
    }

    /// <summary>An upload that never ends, counting what was read from it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
