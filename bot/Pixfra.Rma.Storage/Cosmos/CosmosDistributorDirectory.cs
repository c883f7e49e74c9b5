using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>Distributors in the <c>directory</c> container (pk "distributor"), with their identities as a flat array to query.</summary>
public sealed class CosmosDistributorDirectory(CosmosDatabase database) : IDistributorDirectory
{
    private const string Pk = "distributor";

    public async Task<Versioned<Distributor>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        return (await CosmosDocuments.ReadAsync(container, CosmosIds.From(id), Pk, cancellationToken))?.Versioned<Distributor>();
    }

    public async Task<string> SaveAsync(Distributor distributor, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(distributor);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var identities = new JsonArray([.. distributor.Identities.Select(i => i.IndexKey).Distinct(StringComparer.Ordinal).Select(k => JsonValue.Create(k))]);
        var body = CosmosDocument.Envelope(CosmosIds.From(distributor.Id), Pk, distributor, ("identityKeys", identities), ("entityId", distributor.Id));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "distributor", cancellationToken);
    }

    public async Task<IReadOnlyList<Distributor>> ListAsync(CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.entityId").WithParameter("@pk", Pk);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken)).Select(d => d.Value<Distributor>())];
    }

    public Task<Distributor?> FindByTeamsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        FindAsync([DistributorIdentity.TeamsUser(aadObjectId), DistributorIdentity.TeamsTenant(tenantId)], cancellationToken);

    public Task<Distributor?> FindBySlackAsync(string teamId, string userId, CancellationToken cancellationToken) =>
        FindAsync([DistributorIdentity.SlackUser(teamId, userId), DistributorIdentity.SlackTeam(teamId)], cancellationToken);

    public Task<Distributor?> FindByInviteCodeAsync(string code, CancellationToken cancellationToken) =>
        FindAsync([DistributorIdentity.InviteCode(code)], cancellationToken);

    /// <summary>The first identity that anyone holds wins; among holders, the lowest id.</summary>
    private async Task<Distributor?> FindAsync(DistributorIdentity[] inPreferenceOrder, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        foreach (var identity in inPreferenceOrder)
        {
            var query = new QueryDefinition("SELECT TOP 1 * FROM c WHERE c.pk = @pk AND ARRAY_CONTAINS(c.identityKeys, @key) ORDER BY c.entityId")
                .WithParameter("@pk", Pk)
                .WithParameter("@key", identity.IndexKey);
            var found = await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken);
            if (found.Count > 0)
            {
                return found[0].Value<Distributor>();
            }
        }

        return null;
    }
}
