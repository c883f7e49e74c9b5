using Microsoft.Data.Sqlite;
using Pixfra.Rma.Storage.Sqlite;
using Pixfra.Rma.Storage.Tests.Contract;

namespace Pixfra.Rma.Storage.Tests.Sqlite;

/// <summary>The contract against a fresh SQLite file per test.</summary>
public sealed class SqliteStorageContractTests : StorageContractTests
{
    protected override Task<StoresUnderTest> CreateStoresAsync(TimeProvider time)
    {
        var folder = Directory.CreateTempSubdirectory("pixfra-sqlite-");
        var database = new SqliteDatabase(Path.Combine(folder.FullName, "rma.db"), TimeSpan.FromSeconds(30));
        return Task.FromResult(new StoresUnderTest(
            new SqliteConversationStateStore(database),
            new SqliteConversationReferenceStore(database),
            new SqliteProcessedActivityStore(database, time),
            new SqliteProcessedActivityStore(database, time),
            new SqliteLeaseStore(database, time),
            new SqliteDistributorDirectory(database),
            new SqliteStaffDirectory(database),
            new SqliteRepairStationDirectory(database),
            new SqliteShipmentRegistry(database),
            new SqliteRmaCaseStore(database),
            new SqliteSupportRequestStore(database),
            new SqliteReminderLog(database),
            new SqliteHandoffStore(database),
            () =>
            {
                SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return ValueTask.CompletedTask;
            }));
    }
}
