using System.Security.Cryptography;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Storage.Blobs;

/// <summary>
/// Blobs as files named by their SHA-256 under two levels of folders (<c>ab/cd/abcd…</c>). An upload is written to
/// <c>.incoming/</c> first and moved into place only when complete and within the limit, so a reader never sees a
/// partial file and the same content is kept once. Names are validated hex, so no input ever becomes a path.
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    private readonly string _root;
    private readonly string _incoming;

    public FileSystemBlobStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        _incoming = Path.Combine(_root, ".incoming");
    }

    public async Task<BlobReference> PutAsync(Stream content, string contentType, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (InMemoryContent.TryGet(content, out var bytes))
        {
            return PutInMemory(bytes.Span, contentType, maxBytes);
        }

        Directory.CreateDirectory(_incoming);
        var staging = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
        try
        {
            long length;
            string sha256;
            await using (var file = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, useAsync: true))
            {
                (length, sha256) = await HashedCopy.CopyAsync(content, file, maxBytes, cancellationToken);
            }

            MoveIntoPlace(staging, sha256);
            return new BlobReference(sha256, contentType, length, sha256);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>
    /// A file the bot already holds (every checked photo and PDF): hashed first, so content stored before is not
    /// written again, and otherwise written with one synchronous write: for a file of a few megabytes that costs
    /// less than the thread-pool round trips of asynchronous file I/O.
    /// </summary>
    private BlobReference PutInMemory(ReadOnlySpan<byte> bytes, string contentType, long maxBytes)
    {
        if (bytes.Length > maxBytes)
        {
            throw new BlobTooLargeException(maxBytes);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!File.Exists(PathOf(sha256)))
        {
            Directory.CreateDirectory(_incoming);
            var staging = Path.Combine(_incoming, Guid.NewGuid().ToString("N"));
            try
            {
                using (var file = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
                {
                    file.Write(bytes);
                }

                MoveIntoPlace(staging, sha256);
            }
            finally
            {
                File.Delete(staging);
            }
        }

        return new BlobReference(sha256, contentType, bytes.Length, sha256);
    }

    private void MoveIntoPlace(string staging, string sha256)
    {
        var target = PathOf(sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (!File.Exists(target))
        {
            try
            {
                File.Move(staging, target, overwrite: false);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Someone stored the same content at the same moment: theirs is identical.
            }
        }
    }

    public Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81_920, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => Task.FromResult(File.Exists(PathOf(name)));

    public Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private string PathOf(string name)
    {
        BlobNames.ThrowIfInvalid(name);
        return Path.Combine(_root, name[..2], name[2..4], name);
    }
}
