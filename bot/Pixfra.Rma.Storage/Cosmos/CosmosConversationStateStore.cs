using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Cosmos;

public sealed class CosmosConversationStateStore(CosmosDatabase database) : IConversationStateStore
{
    public async Task<Versioned<T>?> GetAsync<T>(ConversationKey key, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ConversationState, cancellationToken);
        return (await CosmosDocuments.ReadAsync(container, id, id, cancellationToken))?.Versioned<T>();
    }

    public async Task<string> SaveAsync<T>(ConversationKey key, T state, string? expectedETag, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ConversationState, cancellationToken);
        return await CosmosDocuments.WriteAsync(container, CosmosDocument.Envelope(id, id, state), expectedETag, "conversation state", cancellationToken);
    }

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ConversationState, cancellationToken);
        await CosmosDocuments.DeleteAsync(container, id, id, null, cancellationToken);
    }
}
