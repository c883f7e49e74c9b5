namespace Pixfra.Rma.Protocol.Turns;

/// <summary>
/// Remembers which deliveries have been handled, so a retried delivery changes nothing.
/// A claim is taken before the turn runs and released if the turn fails, so a retry after a
/// failure is processed again; entries expire because retries only come within minutes.
/// </summary>
public interface IProcessedActivityStore
{
    /// <summary>True when this caller now owns the activity; false when it was already claimed and not expired.</summary>
    Task<bool> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Forgets a claim whose turn failed, so the channel's retry is handled.</summary>
    Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken);
}
