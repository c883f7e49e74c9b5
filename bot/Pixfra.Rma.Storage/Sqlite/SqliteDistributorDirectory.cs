using Microsoft.Data.Sqlite;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>Distributors as JSON rows plus an identity index table rewritten with each save, in one transaction.</summary>
public sealed class SqliteDistributorDirectory(SqliteDatabase database) : IDistributorDirectory
{
    public async Task<Versioned<Distributor>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "distributor", "id", id, cancellationToken);
        return row is { } r ? new Versioned<Distributor>(StorageJson.Deserialize<Distributor>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync(Distributor distributor, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(distributor);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var etag = await SqliteDocuments.WriteAsync(
            connection, "distributor", "id", distributor.Id, StorageJson.Serialize(distributor), expectedETag, "distributor",
            transaction: transaction, cancellationToken: cancellationToken);
        await transaction.ExecuteAsync("DELETE FROM distributor_identity WHERE distributor_id = $id;", cancellationToken, ("$id", distributor.Id));
        foreach (var key in distributor.Identities.Select(i => i.IndexKey).Distinct(StringComparer.Ordinal))
        {
            await transaction.ExecuteAsync(
                "INSERT INTO distributor_identity (identity, distributor_id) VALUES ($identity, $id);",
                cancellationToken,
                ("$identity", key),
                ("$id", distributor.Id));
        }

        await transaction.CommitAsync(cancellationToken);
        return etag;
    }

    public async Task<IReadOnlyList<Distributor>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT json FROM distributor ORDER BY id;", r => StorageJson.Deserialize<Distributor>(r.GetString(0)), cancellationToken);
    }

    public Task<Distributor?> FindByTeamsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        FindByIdentityAsync(DistributorIdentity.TeamsUser(aadObjectId), DistributorIdentity.TeamsTenant(tenantId), cancellationToken);

    public Task<Distributor?> FindBySlackAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        FindByIdentityAsync(DistributorIdentity.SlackUser(teamId, userId), DistributorIdentity.SlackTeam(teamId), cancellationToken);

    public Task<Distributor?> FindByInviteCodeAsync(string code, CancellationToken cancellationToken) =>
        FindByIdentityAsync(DistributorIdentity.InviteCode(code), DistributorIdentity.InviteCode(code), cancellationToken);

    /// <summary>The distributor holding <paramref name="preferred"/>, else the one holding <paramref name="fallback"/>; lowest id on ties.</summary>
    private async Task<Distributor?> FindByIdentityAsync(DistributorIdentity preferred, DistributorIdentity fallback, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            """
            SELECT d.json, CASE WHEN i.identity = $preferred THEN 0 ELSE 1 END AS rank
            FROM distributor_identity AS i JOIN distributor AS d ON d.id = i.distributor_id
            WHERE i.identity IN ($preferred, $fallback)
            ORDER BY rank, d.id
            LIMIT 1;
            """,
            r => StorageJson.Deserialize<Distributor>(r.GetString(0)),
            cancellationToken,
            ("$preferred", preferred.IndexKey),
            ("$fallback", fallback.IndexKey));
        return rows.FirstOrDefault();
    }
}
