using Microsoft.Data.Sqlite;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Brings a database file to the latest schema: <c>PRAGMA user_version</c> says how many of
/// <see cref="SqliteSchema.Migrations"/> ran; the rest run in order, each in its own write transaction that re-reads
/// the version first, so two processes starting together migrate once.
/// </summary>
internal static class SqliteMigrator
{
    public static async Task MigrateAsync(SqliteDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenRawAsync(CommitDurability.SurvivesPowerLoss, cancellationToken);

        // WAL lets readers run beside the writer; the mode is stored in the file, so setting it once is enough.
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;", cancellationToken);

        for (var target = 1; target <= SqliteSchema.Migrations.Count; target++)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            var current = await transaction.ScalarAsync<long>("PRAGMA user_version;", cancellationToken);
            if (current > SqliteSchema.Migrations.Count)
            {
                throw new InvalidOperationException(
                    $"The database {database.FilePath} has schema version {current}, newer than this build knows ({SqliteSchema.Migrations.Count}).");
            }

            if (current >= target)
            {
                continue;
            }

            await transaction.ExecuteAsync(SqliteSchema.Migrations[target - 1], cancellationToken);
            await transaction.ExecuteAsync($"PRAGMA user_version = {target};", cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
