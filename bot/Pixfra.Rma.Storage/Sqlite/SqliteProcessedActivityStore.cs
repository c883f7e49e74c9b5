using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// De-duplication claims. A claim is one atomic statement: insert, or take over a row whose claim expired;
/// zero rows changed means someone else holds a live claim.
/// </summary>
public sealed class SqliteProcessedActivityStore(SqliteDatabase database, TimeProvider timeProvider)
    : IProcessedActivityStore, IProcessedActivityPurge
{
    public async Task<bool> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var changed = await database.WriteAsync(CommitDurability.SurvivesProcessCrash, connection => connection.ExecuteAsync(
            """
            INSERT INTO processed_activity (key, expires_at) VALUES ($key, $expiresAt)
            ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at
            WHERE processed_activity.expires_at <= $now;
            """,
            cancellationToken,
            ("$key", key.ToString()),
            ("$expiresAt", expiresAt.ToUnixTimeMilliseconds()),
            ("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds())), cancellationToken);
        return changed == 1;
    }

    public async Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        await connection.ExecuteAsync("DELETE FROM processed_activity WHERE key = $key;", cancellationToken, ("$key", key.ToString()));
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM processed_activity WHERE expires_at <= $now;",
            cancellationToken,
            ("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds()));
    }
}
