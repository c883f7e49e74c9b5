using NodaTime;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Cases;

/// <summary>
/// RMA cases. Listings are paged in a stable order (same query, same store: no duplicates, none missing while
/// nothing changes) and return ETags so a background job can update what it read.
/// </summary>
public interface IRmaCaseStore
{
    Task<Versioned<RmaCase>?> GetAsync(RmaNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts (<paramref name="expectedETag"/> null: the number must be new, which is also how a freshly drawn
    /// number is checked for uniqueness) or replaces the case. Returns the new ETag.
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">Stale ETag, or the number is taken; nothing was written.</exception>
    Task<string> SaveAsync(RmaCase rmaCase, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>A distributor's cases, newest first (created time, then number).</summary>
    Task<Page<Versioned<RmaCase>>> ListByDistributorAsync(string distributorId, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Cases in one status, oldest first (created time, then number).</summary>
    Task<Page<Versioned<RmaCase>>> ListByStatusAsync(RmaStatus status, PageRequest page, CancellationToken cancellationToken);

    /// <summary>
    /// Cases in <paramref name="status"/> whose validity window ends before <paramref name="endsBefore"/>
    /// (<see cref="RmaValidity.EndsAt"/>), soonest first, then by number: reminders and expiry.
    /// </summary>
    Task<Page<Versioned<RmaCase>>> ListByValidityEndAsync(RmaStatus status, Instant endsBefore, PageRequest page, CancellationToken cancellationToken);

    /// <summary>Every case with a line for this serial number, oldest first (duplicate checks, staff look-up).</summary>
    Task<IReadOnlyList<Versioned<RmaCase>>> FindBySerialNumberAsync(SerialNumber serialNumber, CancellationToken cancellationToken);
}
