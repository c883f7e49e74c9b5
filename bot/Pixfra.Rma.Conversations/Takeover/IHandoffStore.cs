using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Handoffs to staff. Every look-up is indexed; writes are ETag-checked (the claim race is decided here).</summary>
public interface IHandoffStore
{
    Task<Versioned<Handoff>?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts (<paramref name="expectedETag"/> null: the id must be new) or replaces; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Stale ETag, or the id exists; nothing was written.</exception>
    Task<string> SaveAsync(Handoff handoff, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Unclaimed handoffs, oldest first (created time, then id).</summary>
    Task<Page<Versioned<Handoff>>> ListWaitingAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>The handoff whose staff thread this is, or null.</summary>
    Task<Versioned<Handoff>?> FindByStaffThreadAsync(ConversationKey thread, CancellationToken cancellationToken);

    /// <summary>The newest waiting or claimed handoff of this distributor conversation, or null.</summary>
    Task<Versioned<Handoff>?> FindActiveByDistributorConversationAsync(ConversationKey conversation, CancellationToken cancellationToken);
}
