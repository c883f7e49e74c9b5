using Microsoft.Data.Sqlite;
using NodaTime.Text;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>Serial number → delivery date (ISO text). Upserts run in transactions of <see cref="BatchSize"/> rows.</summary>
public sealed class SqliteShipmentRegistry(SqliteDatabase database) : IShipmentRegistry
{
    internal const int BatchSize = 1000;

    public async Task<ShipmentRecord?> FindAsync(SerialNumber serialNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT serial_number, delivered_on FROM shipment WHERE serial_number = $sn;",
            r => new ShipmentRecord(SerialNumber.Parse(r.GetString(0)), LocalDatePattern.Iso.Parse(r.GetString(1)).Value),
            cancellationToken,
            ("$sn", serialNumber.Value));
        return rows.FirstOrDefault();
    }

    public async Task UpsertAsync(IReadOnlyCollection<ShipmentRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var batch in records.Chunk(BatchSize))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (var record in batch)
            {
                await transaction.ExecuteAsync(
                    """
                    INSERT INTO shipment (serial_number, delivered_on) VALUES ($sn, $date)
                    ON CONFLICT (serial_number) DO UPDATE SET delivered_on = excluded.delivered_on;
                    """,
                    cancellationToken,
                    ("$sn", record.SerialNumber.Value),
                    ("$date", LocalDatePattern.Iso.Format(record.DeliveredOn)));
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
