namespace Pixfra.Rma.Storage.Blobs;

public enum BlobProvider
{
    FileSystem,
    AzureBlob,
}

/// <summary>
/// <c>Blobs</c>: where photos and documents go. A folder by default; Azure Blob Storage in production.
/// Checked by <see cref="Hosting.BlobStorageOptionsValidator"/> for the chosen provider only.
/// </summary>
public sealed class BlobStorageOptions
{
    public const string Section = "Blobs";

    public BlobProvider Provider { get; set; } = BlobProvider.FileSystem;

    public FileSystemBlobOptions FileSystem { get; set; } = new();

    public AzureBlobOptions AzureBlob { get; set; } = new();
}

/// <summary><c>Blobs:FileSystem</c>: a relative path is under the host's content root.</summary>
public sealed class FileSystemBlobOptions
{
    public string Path { get; set; } = "App_Data/blobs";
}

/// <summary>
/// <c>Blobs:AzureBlob</c>: either a connection string (from the environment or a vault, never a file) or the
/// service URI, which signs in with the bot's managed identity (DefaultAzureCredential).
/// </summary>
public sealed class AzureBlobOptions
{
    public string? ConnectionString { get; set; }

    public Uri? ServiceUri { get; set; }

    public string ContainerName { get; set; } = "evidence";
}
