namespace Pixfra.Rma.Conversations.Background;

/// <summary>
/// Named leases so background work that runs in every instance is done by one at a time (e.g. expiry reminders).
/// A lease is held by one owner until it expires; the store's clock decides expiry.
/// </summary>
public interface ILeaseStore
{
    /// <summary>
    /// Takes the lease for <paramref name="duration"/> when it is free, expired, or already held by
    /// <paramref name="owner"/> (which extends it). False when another owner holds it.
    /// </summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends a lease the owner still holds; false when it expired or another owner has it now.</summary>
    Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease up early; does nothing when <paramref name="owner"/> does not hold it.</summary>
    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken);
}
