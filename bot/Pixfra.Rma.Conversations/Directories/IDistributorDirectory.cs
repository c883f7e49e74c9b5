using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Conversations.Directories;

/// <summary>The authorised distributors and the chat identities that speak for them.</summary>
public interface IDistributorDirectory
{
    Task<Versioned<Distributor>?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts (<paramref name="expectedETag"/> null) or replaces the distributor; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Stale ETag, or it already exists; nothing was written.</exception>
    Task<string> SaveAsync(Distributor distributor, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Every distributor, ordered by id (the directory is small: hundreds, not millions).</summary>
    Task<IReadOnlyList<Distributor>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The distributor a Teams user speaks for: one that lists the user's Entra object id, else one that owns the
    /// whole tenant; null when neither. When several match, the lowest id wins.
    /// </summary>
    Task<Distributor?> FindByTeamsAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Like <see cref="FindByTeamsAsync"/> for Slack: the listed user first, then the whole workspace.</summary>
    Task<Distributor?> FindBySlackAsync(string teamId, string userId, CancellationToken cancellationToken);

    /// <summary>The distributor a staff-issued invite code belongs to (codes compare exactly), or null.</summary>
    Task<Distributor?> FindByInviteCodeAsync(string code, CancellationToken cancellationToken);
}
