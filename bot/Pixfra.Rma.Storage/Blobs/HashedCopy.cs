using System.Buffers;
using System.Security.Cryptography;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Storage.Blobs;

/// <summary>
/// Copies an upload to staging while computing its SHA-256 and counting bytes, and stops as soon as it passes the
/// limit, so an oversized upload is never read (or kept) beyond the limit plus one buffer.
/// </summary>
internal static class HashedCopy
{
    private const int BufferSize = 81_920;

    public static async Task<(long Length, string Sha256)> CopyAsync(Stream source, Stream destination, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long length = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    throw new BlobTooLargeException(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
