namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>Keeps the latest reference per conversation for proactive messages.</summary>
public interface IConversationReferenceStore
{
    /// <summary>Inserts or replaces the reference of <see cref="ConversationReference.Key"/>.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>The stored reference, or null when the bot never saw that conversation.</summary>
    Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken);
}
