using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Storage.Blobs;

/// <summary>
/// Blobs in one Azure Blob Storage container, named by their SHA-256. The name is only known after the whole
/// upload was read, so the upload is staged in a temporary file (hashed and size-checked while it is written) and
/// then uploaded only if no blob of that name exists (If-None-Match: *), so the same content is stored once.
/// </summary>
public sealed class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly Lazy<Task> _created;

    public AzureBlobStore(BlobContainerClient container)
    {
        _container = container ?? throw new ArgumentNullException(nameof(container));
        _created = new Lazy<Task>(() => _container.CreateIfNotExistsAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<BlobReference> PutAsync(Stream content, string contentType, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var staging = Path.Combine(Path.GetTempPath(), $"pixfra-blob-{Guid.NewGuid():N}");
        try
        {
            await using var file = new FileStream(staging, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            var (length, sha256) = await HashedCopy.CopyAsync(content, file, maxBytes, cancellationToken);
            file.Position = 0;

            await _created.Value.WaitAsync(cancellationToken);
            try
            {
                await _container.GetBlobClient(sha256).UploadAsync(
                    file,
                    new BlobUploadOptions
                    {
                        HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
                        Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    },
                    cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Already stored: same name, same bytes.
            }

            return new BlobReference(sha256, contentType, length, sha256);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken)
    {
        BlobNames.ThrowIfInvalid(name);
        await _created.Value.WaitAsync(cancellationToken);
        try
        {
            var download = await _container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        BlobNames.ThrowIfInvalid(name);
        await _created.Value.WaitAsync(cancellationToken);
        return await _container.GetBlobClient(name).ExistsAsync(cancellationToken);
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken)
    {
        BlobNames.ThrowIfInvalid(name);
        await _created.Value.WaitAsync(cancellationToken);
        await _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);
    }
}
