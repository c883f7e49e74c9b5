using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

public sealed class SqliteRepairStationDirectory(SqliteDatabase database) : IRepairStationDirectory
{
    public async Task<Versioned<RepairStation>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "repair_station", "id", id, cancellationToken);
        return row is { } r ? new Versioned<RepairStation>(StorageJson.Deserialize<RepairStation>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync(RepairStation station, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(station);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteDocuments.WriteAsync(
            connection, "repair_station", "id", station.Id, StorageJson.Serialize(station), expectedETag, "repair station", cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<RepairStation>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT json FROM repair_station ORDER BY id;", r => StorageJson.Deserialize<RepairStation>(r.GetString(0)), cancellationToken);
    }
}
