using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>Repair stations in the <c>directory</c> container (pk "repairStation").</summary>
public sealed class CosmosRepairStationDirectory(CosmosDatabase database) : IRepairStationDirectory
{
    private const string Pk = "repairStation";

    public async Task<Versioned<RepairStation>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        return (await CosmosDocuments.ReadAsync(container, CosmosIds.From(id), Pk, cancellationToken))?.Versioned<RepairStation>();
    }

    public async Task<string> SaveAsync(RepairStation station, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(station);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var body = CosmosDocument.Envelope(CosmosIds.From(station.Id), Pk, station, ("entityId", station.Id));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "repair station", cancellationToken);
    }

    public async Task<IReadOnlyList<RepairStation>> ListAsync(CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.entityId").WithParameter("@pk", Pk);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken)).Select(d => d.Value<RepairStation>())];
    }
}
