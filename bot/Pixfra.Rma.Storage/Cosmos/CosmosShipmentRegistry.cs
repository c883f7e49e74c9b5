using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// One document per serial number. Imports are point upserts with bounded parallelism (the SDK's 429 retries
/// absorb throttling); the factory's file is the truth, so an upsert needs no ETag.
/// </summary>
public sealed class CosmosShipmentRegistry(CosmosDatabase database) : IShipmentRegistry
{
    internal const int Parallelism = 8;

    public async Task<ShipmentRecord?> FindAsync(SerialNumber serialNumber, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Shipments, cancellationToken);
        var id = CosmosIds.From(serialNumber.Value);
        return (await CosmosDocuments.ReadAsync(container, id, id, cancellationToken))?.Value<ShipmentRecord>();
    }

    public async Task UpsertAsync(IReadOnlyCollection<ShipmentRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var container = await database.ContainerAsync(CosmosContainers.Shipments, cancellationToken);
        await Parallel.ForEachAsync(
            records,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (record, ct) =>
            {
                var id = CosmosIds.From(record.SerialNumber.Value);
                await CosmosDocuments.UpsertAsync(container, CosmosDocument.Envelope(id, id, record), ct);
            });
    }
}
