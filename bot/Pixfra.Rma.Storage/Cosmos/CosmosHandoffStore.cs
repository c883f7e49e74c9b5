using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Handoffs in the <c>directory</c> container (pk "handoff"): a few a day, so one logical partition keeps the queue,
/// the staff-thread look-up and the distributor-chat look-up single-partition queries on indexed fields (an
/// ascending composite index on createdAtMs/id serves the queue's order).
/// </summary>
public sealed class CosmosHandoffStore(CosmosDatabase database) : IHandoffStore
{
    private const string Pk = "handoff";

    public async Task<Versioned<Handoff>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.id = @id").WithParameter("@pk", Pk).WithParameter("@id", CosmosIds.From(id));
        return await FirstAsync(container, query, cancellationToken);
    }

    public async Task<string> SaveAsync(Handoff handoff, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var body = CosmosDocument.Envelope(
            CosmosIds.From(handoff.Id),
            Pk,
            handoff,
            ("state", handoff.State.ToString()),
            ("createdAtMs", handoff.CreatedAt.ToUnixTimeMilliseconds()),
            ("distributorConversation", handoff.DistributorConversation.ToString()),
            ("staffThread", handoff.StaffThread?.ToString()));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "handoff", cancellationToken);
    }

    public async Task<Page<Versioned<Handoff>>> ListWaitingAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Validate();
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.state = @state ORDER BY c.createdAtMs, c.id")
            .WithParameter("@pk", Pk)
            .WithParameter("@state", nameof(HandoffState.Waiting));
        var (items, continuation) = await CosmosDocuments.QueryPageAsync(container, query, Pk, page.Size, page.ContinuationToken, cancellationToken);
        return new Page<Versioned<Handoff>>([.. items.Select(d => d.Versioned<Handoff>())], continuation);
    }

    public async Task<Versioned<Handoff>?> FindByStaffThreadAsync(ConversationKey thread, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(thread);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.staffThread = @thread ORDER BY c.createdAtMs DESC, c.id DESC")
            .WithParameter("@pk", Pk)
            .WithParameter("@thread", thread.ToString());
        return await FirstAsync(container, query, cancellationToken);
    }

    public async Task<Versioned<Handoff>?> FindActiveByDistributorConversationAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition(
                "SELECT * FROM c WHERE c.pk = @pk AND c.distributorConversation = @conversation AND c.state IN ('Waiting', 'Claimed') ORDER BY c.createdAtMs DESC, c.id DESC")
            .WithParameter("@pk", Pk)
            .WithParameter("@conversation", conversation.ToString());
        return await FirstAsync(container, query, cancellationToken);
    }

    private static async Task<Versioned<Handoff>?> FirstAsync(Container container, QueryDefinition query, CancellationToken cancellationToken)
    {
        var (items, _) = await CosmosDocuments.QueryPageAsync(container, query, Pk, 1, null, cancellationToken);
        return items.Count > 0 ? items[0].Versioned<Handoff>() : null;
    }
}
