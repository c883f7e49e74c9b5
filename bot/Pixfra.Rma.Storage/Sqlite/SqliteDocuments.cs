using Microsoft.Data.Sqlite;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Reads and ETag-checked writes of one JSON document per key in a table shaped <c>(key, [lookup columns], json, etag)</c>.
/// Table and column names come from the stores' constants, never from input.
/// </summary>
internal static class SqliteDocuments
{
    public static async Task<(string Json, string ETag)?> GetAsync(SqliteConnection connection, string table, string keyColumn, string key, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(
            $"SELECT json, etag FROM {table} WHERE {keyColumn} = $key;",
            r => (r.GetString(0), r.GetString(1)),
            cancellationToken,
            ("$key", key));
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Inserts (<paramref name="expectedETag"/> null: the key must be new) or replaces (the row's etag must match),
    /// setting <paramref name="lookupColumns"/> too. Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The row exists (insert) or its etag differs (replace).</exception>
    public static async Task<string> WriteAsync(
        SqliteConnection connection,
        string table,
        string keyColumn,
        string key,
        string json,
        string? expectedETag,
        string kind,
        IReadOnlyList<(string Column, object? Value)>? lookupColumns = null,
        SqliteTransaction? transaction = null,
        CancellationToken cancellationToken = default)
    {
        lookupColumns ??= [];
        var etag = SqliteCommands.NewETag();
        var parameters = new List<(string, object?)> { ("$key", key), ("$json", json), ("$etag", etag), ("$expected", expectedETag) };
        parameters.AddRange(lookupColumns.Select((c, i) => ($"$c{i}", c.Value)));

        string sql;
        if (expectedETag is null)
        {
            var columns = string.Concat(lookupColumns.Select(c => $", {c.Column}"));
            var values = string.Concat(lookupColumns.Select((_, i) => $", $c{i}"));
            sql = $"INSERT INTO {table} ({keyColumn}, json, etag{columns}) VALUES ($key, $json, $etag{values}) ON CONFLICT ({keyColumn}) DO NOTHING;";
        }
        else
        {
            var sets = string.Concat(lookupColumns.Select((c, i) => $", {c.Column} = $c{i}"));
            sql = $"UPDATE {table} SET json = $json, etag = $etag{sets} WHERE {keyColumn} = $key AND etag = $expected;";
        }

        var written = transaction is null
            ? await connection.ExecuteAsync(sql, cancellationToken, [.. parameters])
            : await transaction.ExecuteAsync(sql, cancellationToken, [.. parameters]);
        if (written != 1)
        {
            throw ConcurrencyConflictException.For(kind, key);
        }

        return etag;
    }
}
