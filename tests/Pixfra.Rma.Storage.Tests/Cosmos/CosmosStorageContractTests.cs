using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Tests.Contract;
using Pixfra.Rma.Storage.Tests.Servers;

namespace Pixfra.Rma.Storage.Tests.Cosmos;

/// <summary>The contract against the Cosmos DB compatible server (one per test run): a fresh database per test.</summary>
public sealed class CosmosStorageContractTests(CosmosServerFixture server) : StorageContractTests
{
    protected override Task<StoresUnderTest> CreateStoresAsync(TimeProvider time)
    {
        var client = server.CreateClient();
        var databaseId = $"rma-{Guid.NewGuid():N}";
        var database = new CosmosDatabase(client, databaseId, createIfNotExists: true);
        return Task.FromResult(new StoresUnderTest(
            new CosmosConversationStateStore(database),
            new CosmosConversationReferenceStore(database),
            new CosmosProcessedActivityStore(database, time),
            new CosmosProcessedActivityStore(database, time),
            new CosmosLeaseStore(database, time),
            new CosmosDistributorDirectory(database),
            new CosmosStaffDirectory(database),
            new CosmosRepairStationDirectory(database),
            new CosmosShipmentRegistry(database),
            new CosmosRmaCaseStore(database),
            new CosmosSupportRequestStore(database),
            new CosmosReminderLog(database),
            new CosmosHandoffStore(database),
            async () =>
            {
                await client.GetDatabase(databaseId).DeleteStreamAsync();
                client.Dispose();
            }));
    }
}
