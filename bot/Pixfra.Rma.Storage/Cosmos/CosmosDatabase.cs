using Microsoft.Azure.Cosmos;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>The database the stores use; creates it and its containers once, before the first operation, when allowed.</summary>
public sealed class CosmosDatabase
{
    private readonly Database _database;
    private readonly Lazy<Task> _created;

    public CosmosDatabase(CosmosClient client, string databaseId, bool createIfNotExists)
    {
        ArgumentNullException.ThrowIfNull(client);
        _database = client.GetDatabase(databaseId);
        _created = new Lazy<Task>(
            () => createIfNotExists ? CreateAsync(client, databaseId) : Task.CompletedTask,
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public async Task<Container> ContainerAsync(string name, CancellationToken cancellationToken)
    {
        await _created.Value.WaitAsync(cancellationToken);
        return _database.GetContainer(name);
    }

    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _created.Value.WaitAsync(cancellationToken);

    private static async Task CreateAsync(CosmosClient client, string databaseId)
    {
        var database = (await client.CreateDatabaseIfNotExistsAsync(databaseId)).Database;
        foreach (var container in CosmosContainers.All())
        {
            await database.CreateContainerIfNotExistsAsync(container);
        }
    }
}
