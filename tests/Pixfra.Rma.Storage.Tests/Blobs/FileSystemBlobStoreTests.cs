using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Storage.Blobs;

namespace Pixfra.Rma.Storage.Tests.Blobs;

public sealed class FileSystemBlobStoreTests : BlobStoreContractTests
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pixfra-blobs-");

    protected override Task<(IBlobStore Store, Func<Task<int>> CountStored)> CreateStoreAsync() =>
        Task.FromResult<(IBlobStore, Func<Task<int>>)>((
            new FileSystemBlobStore(_folder.FullName),
            () => Task.FromResult(_folder.EnumerateFiles("*", SearchOption.AllDirectories).Count())));

    protected override ValueTask CleanupAsync()
    {
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
