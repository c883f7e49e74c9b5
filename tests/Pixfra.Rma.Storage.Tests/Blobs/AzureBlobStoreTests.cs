using Azure.Storage.Blobs;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Storage.Blobs;
using Pixfra.Rma.Storage.Tests.Servers;

namespace Pixfra.Rma.Storage.Tests.Blobs;

/// <summary>The blob contract against Azurite: a fresh container per test.</summary>
public sealed class AzureBlobStoreTests(AzuriteFixture azurite) : BlobStoreContractTests
{
    private readonly BlobContainerClient _container =
        new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient($"evidence-{Guid.NewGuid():N}");

    protected override Task<(IBlobStore Store, Func<Task<int>> CountStored)> CreateStoreAsync() =>
        Task.FromResult<(IBlobStore, Func<Task<int>>)>((new AzureBlobStore(_container), CountAsync));

    protected override async ValueTask CleanupAsync() => await _container.DeleteIfExistsAsync();

    private async Task<int> CountAsync()
    {
        if (!await _container.ExistsAsync())
        {
            return 0;
        }

        var count = 0;
        await foreach (var _ in _container.GetBlobsAsync())
        {
            count++;
        }

        return count;
    }
}
