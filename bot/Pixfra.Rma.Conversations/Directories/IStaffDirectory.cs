using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Conversations.Directories;

/// <summary>Pixfra support staff, recognised by their Entra object id (Teams) or Slack user id.</summary>
public interface IStaffDirectory
{
    Task<Versioned<StaffMember>?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts (<paramref name="expectedETag"/> null) or replaces the member; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Stale ETag, or it already exists; nothing was written.</exception>
    Task<string> SaveAsync(StaffMember member, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Every member, active or not, ordered by id.</summary>
    Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The member with this Entra object id (active or not: the caller checks), or null.</summary>
    Task<StaffMember?> FindByEntraObjectIdAsync(string entraObjectId, CancellationToken cancellationToken);

    /// <summary>The member with this Slack user id (active or not: the caller checks), or null.</summary>
    Task<StaffMember?> FindBySlackUserIdAsync(string slackUserId, CancellationToken cancellationToken);
}
