using Pixfra.Rma.Conversations.Background;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>Leases as rows; each operation is one conditional statement, so two instances never both win.</summary>
public sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider timeProvider) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        LeaseArguments.Check(name, owner, duration);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            """
            INSERT INTO lease (name, owner, expires_at) VALUES ($name, $owner, $expiresAt)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
            WHERE lease.owner = excluded.owner OR lease.expires_at <= $now;
            """,
            cancellationToken,
            ("$name", name),
            ("$owner", owner),
            ("$expiresAt", (now + duration).ToUnixTimeMilliseconds()),
            ("$now", now.ToUnixTimeMilliseconds()));
        return changed == 1;
    }

    public async Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken)
    {
        LeaseArguments.Check(name, owner, duration);
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(
            "UPDATE lease SET expires_at = $expiresAt WHERE name = $name AND owner = $owner AND expires_at > $now;",
            cancellationToken,
            ("$name", name),
            ("$owner", owner),
            ("$expiresAt", (now + duration).ToUnixTimeMilliseconds()),
            ("$now", now.ToUnixTimeMilliseconds()));
        return changed == 1;
    }

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM lease WHERE name = $name AND owner = $owner;", cancellationToken, ("$name", name), ("$owner", owner));
    }
}
