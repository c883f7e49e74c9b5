using System.Collections.Concurrent;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>De-duplication for one process (tests, local development); production uses a shared store.</summary>
public sealed class InMemoryProcessedActivityStore(TimeProvider timeProvider) : IProcessedActivityStore
{
    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<ActivityKey, DateTimeOffset> _claims = new();
    private int _claimCount;

    public Task<bool> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _claimCount) % PruneEvery == 0)
        {
            foreach (var (staleKey, expiry) in _claims)
            {
                if (expiry <= now)
                {
                    _claims.TryRemove(new KeyValuePair<ActivityKey, DateTimeOffset>(staleKey, expiry));
                }
            }
        }

        while (true)
        {
            if (_claims.TryAdd(key, expiresAt))
            {
                return Task.FromResult(true);
            }

            if (!_claims.TryGetValue(key, out var existing))
            {
                continue;
            }

            if (existing > now)
            {
                return Task.FromResult(false);
            }

            if (_claims.TryUpdate(key, expiresAt, existing))
            {
                return Task.FromResult(true);
            }
        }
    }

    public Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        _claims.TryRemove(key, out _);
        return Task.CompletedTask;
    }
}
