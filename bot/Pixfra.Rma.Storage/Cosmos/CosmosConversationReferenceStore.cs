using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>Latest reference per conversation: an upsert, because every incoming activity refreshes it and the newest wins.</summary>
public sealed class CosmosConversationReferenceStore(CosmosDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var id = CosmosIds.From(reference.Key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ConversationReferences, cancellationToken);
        await CosmosDocuments.UpsertAsync(container, CosmosDocument.Envelope(id, id, reference), cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ConversationReferences, cancellationToken);
        return (await CosmosDocuments.ReadAsync(container, id, id, cancellationToken))?.Value<ConversationReference>();
    }
}
