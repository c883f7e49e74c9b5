namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>Photos and documents that back an RMA case.</summary>
public interface IBlobStore
{
    /// <summary>
    /// Stores the content, reading it once. The size limit is enforced while reading, so an oversized upload is
    /// refused without being kept anywhere.
    /// </summary>
    /// <exception cref="BlobTooLargeException">The content is longer than <paramref name="maxBytes"/>; nothing was stored.</exception>
    Task<BlobReference> PutAsync(Stream content, string contentType, long maxBytes, CancellationToken cancellationToken);

    /// <summary>The content to read (the caller disposes it), or null when there is no blob of that name.</summary>
    Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>Removes the blob; nothing happens when there is none.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken);
}
