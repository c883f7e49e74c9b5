using System.Collections.Concurrent;

namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>Conversation references for one process (tests, local development).</summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly ConcurrentDictionary<ConversationKey, ConversationReference> _references = new();

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        _references[reference.Key] = reference;
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken) =>
        Task.FromResult(_references.TryGetValue(key, out var reference) ? reference : null);
}
