using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>Staff in the <c>directory</c> container (pk "staff"), with the chat ids as top-level fields to query.</summary>
public sealed class CosmosStaffDirectory(CosmosDatabase database) : IStaffDirectory
{
    private const string Pk = "staff";

    public async Task<Versioned<StaffMember>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        return (await CosmosDocuments.ReadAsync(container, CosmosIds.From(id), Pk, cancellationToken))?.Versioned<StaffMember>();
    }

    public async Task<string> SaveAsync(StaffMember member, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var body = CosmosDocument.Envelope(
            CosmosIds.From(member.Id), Pk, member, ("entityId", member.Id), ("entraObjectId", member.EntraObjectId), ("slackUserId", member.SlackUserId));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "staff member", cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.entityId").WithParameter("@pk", Pk);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken)).Select(d => d.Value<StaffMember>())];
    }

    public Task<StaffMember?> FindByEntraObjectIdAsync(string entraObjectId, CancellationToken cancellationToken) =>
        FindAsync("SELECT TOP 1 * FROM c WHERE c.pk = @pk AND c.entraObjectId = @value ORDER BY c.entityId", entraObjectId, cancellationToken);

    public Task<StaffMember?> FindBySlackUserIdAsync(string slackUserId, CancellationToken cancellationToken) =>
        FindAsync("SELECT TOP 1 * FROM c WHERE c.pk = @pk AND c.slackUserId = @value ORDER BY c.entityId", slackUserId, cancellationToken);

    private async Task<StaffMember?> FindAsync(string sql, string value, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition(sql).WithParameter("@pk", Pk).WithParameter("@value", value);
        var found = await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken);
        return found.Count > 0 ? found[0].Value<StaffMember>() : null;
    }
}
