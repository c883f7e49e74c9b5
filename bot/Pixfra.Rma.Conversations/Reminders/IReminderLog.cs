using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>
/// The record of every reminder, keyed by (RMA number, reminder id). Claiming a reminder is an insert that fails when
/// the record exists, or a replace that fails when the record changed since it was read; so of several instances
/// exactly one wins each claim.
/// </summary>
public interface IReminderLog
{
    Task<Versioned<ReminderRecord>?> GetAsync(RmaNumber number, string reminderId, CancellationToken cancellationToken);

    /// <summary>Every reminder record of one RMA number, by reminder id.</summary>
    Task<IReadOnlyList<Versioned<ReminderRecord>>> ListAsync(RmaNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts (<paramref name="expectedETag"/> null: there must be no record for that key yet) or replaces the record.
    /// Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The record exists (insert) or changed (replace); nothing was written.</exception>
    Task<string> SaveAsync(ReminderRecord record, string? expectedETag, CancellationToken cancellationToken);
}
