using Microsoft.Data.Sqlite;
using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Cases as JSON rows with the columns each listing sorts and filters on (all indexed, see the v2 migration), and a
/// serial-number table rewritten with each save in the same transaction. Paging is keyset paging on the sort
/// columns, with the number as the tie-breaker.
/// </summary>
public sealed class SqliteRmaCaseStore(SqliteDatabase database) : IRmaCaseStore
{
    internal const string ByDistributorSql =
        "SELECT json, etag, created_at, number FROM rma_case WHERE distributor_id = $key " +
        "AND ($afterValue IS NULL OR (created_at, number) < ($afterValue, $afterNumber)) " +
        "ORDER BY created_at DESC, number DESC LIMIT $limit;";

    internal const string ByStatusSql =
        "SELECT json, etag, created_at, number FROM rma_case WHERE status = $key " +
        "AND ($afterValue IS NULL OR (created_at, number) > ($afterValue, $afterNumber)) " +
        "ORDER BY created_at, number LIMIT $limit;";

    internal const string ByValidityEndSql =
        "SELECT json, etag, validity_ends_at, number FROM rma_case WHERE status = $key AND validity_ends_at < $endsBefore " +
        "AND ($afterValue IS NULL OR (validity_ends_at, number) > ($afterValue, $afterNumber)) " +
        "ORDER BY validity_ends_at, number LIMIT $limit;";

    internal const string BySerialNumberSql =
        "SELECT c.json, c.etag FROM rma_case_serial AS s JOIN rma_case AS c ON c.number = s.number " +
        "WHERE s.serial_number = $sn ORDER BY c.created_at, c.number;";

    public async Task<Versioned<RmaCase>?> GetAsync(RmaNumber number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "rma_case", "number", number.ToString(), cancellationToken);
        return row is { } r ? new Versioned<RmaCase>(StorageJson.Deserialize<RmaCase>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync(RmaCase rmaCase, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        var number = rmaCase.Number.ToString();
        var json = StorageJson.Serialize(rmaCase);
        return await database.WriteAsync(CommitDurability.SurvivesPowerLoss, async connection =>
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var etag = await SqliteDocuments.WriteAsync(
                connection, "rma_case", "number", number, json, expectedETag, "RMA case",
                [
                    ("distributor_id", rmaCase.DistributorId),
                    ("status", rmaCase.Status.ToString()),
                    ("created_at", rmaCase.CreatedAt.ToUnixTimeMilliseconds()),
                    ("validity_ends_at", rmaCase.Validity?.EndsAt.ToUnixTimeMilliseconds()),
                ],
                transaction,
                cancellationToken);
            await transaction.ExecuteAsync("DELETE FROM rma_case_serial WHERE number = $number;", cancellationToken, ("$number", number));
            foreach (var serial in rmaCase.Lines.Select(l => l.SerialNumber.Value).Distinct(StringComparer.Ordinal))
            {
                await transaction.ExecuteAsync(
                    "INSERT INTO rma_case_serial (serial_number, number) VALUES ($sn, $number);", cancellationToken, ("$sn", serial), ("$number", number));
            }

            await transaction.CommitAsync(cancellationToken);
            return etag;
        }, cancellationToken);
    }

    public Task<Page<Versioned<RmaCase>>> ListByDistributorAsync(string distributorId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(ByDistributorSql, distributorId, page, [], cancellationToken);

    public Task<Page<Versioned<RmaCase>>> ListByStatusAsync(RmaStatus status, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(ByStatusSql, status.ToString(), page, [], cancellationToken);

    public Task<Page<Versioned<RmaCase>>> ListByValidityEndAsync(RmaStatus status, Instant endsBefore, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(ByValidityEndSql, status.ToString(), page, [("$endsBefore", endsBefore.ToUnixTimeMilliseconds())], cancellationToken);

    public async Task<IReadOnlyList<Versioned<RmaCase>>> FindBySerialNumberAsync(SerialNumber serialNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            BySerialNumberSql,
            r => new Versioned<RmaCase>(StorageJson.Deserialize<RmaCase>(r.GetString(0)), r.GetString(1)),
            cancellationToken,
            ("$sn", serialNumber.Value));
    }

    private async Task<Page<Versioned<RmaCase>>> ListAsync(
        string sql, string key, PageRequest page, (string Name, object? Value)[] extra, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Validate();
        var after = SqlitePageToken.Decode(page.ContinuationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            sql,
            r => (Case: new Versioned<RmaCase>(StorageJson.Deserialize<RmaCase>(r.GetString(0)), r.GetString(1)), SortValue: r.GetInt64(2), Number: r.GetString(3)),
            cancellationToken,
            [("$key", key), ("$afterValue", after?.SortValue), ("$afterNumber", after?.Number), ("$limit", page.Size + 1), .. extra]);
        if (rows.Count <= page.Size)
        {
            return new Page<Versioned<RmaCase>>([.. rows.Select(r => r.Case)], null);
        }

        var last = rows[page.Size - 1];
        return new Page<Versioned<RmaCase>>([.. rows.Take(page.Size).Select(r => r.Case)], SqlitePageToken.Encode(last.SortValue, last.Number));
    }
}
