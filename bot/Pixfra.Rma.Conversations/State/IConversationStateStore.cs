using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.State;

/// <summary>
/// One state document per conversation (the current step and the draft being built), stored as JSON.
/// The type parameter only says how to read it back; the store keeps one document per key whatever its type.
/// </summary>
public interface IConversationStateStore
{
    /// <summary>The stored state with its ETag, or null when the conversation has none.</summary>
    Task<Versioned<T>?> GetAsync<T>(ConversationKey key, CancellationToken cancellationToken)
        where T : class;

    /// <summary>
    /// Writes the state and returns its new ETag. <paramref name="expectedETag"/> null means the document must not
    /// exist yet; otherwise it must be the ETag last read.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Someone else wrote first; nothing was written.</exception>
    Task<string> SaveAsync<T>(ConversationKey key, T state, string? expectedETag, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Forgets the conversation's state; nothing happens when there is none.</summary>
    Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken);
}
