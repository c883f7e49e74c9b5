using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>Leases as documents: read, decide, then an ETag-checked create or replace, so racing instances cannot both win.</summary>
public sealed class CosmosLeaseStore(CosmosDatabase database, TimeProvider timeProvider) : ILeaseStore
{
    private sealed record Lease(string Owner, long ExpiresAtMs);

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken) =>
        WriteIfAsync(name, owner, duration, (lease, nowMs) => lease is null || lease.Owner == owner || lease.ExpiresAtMs <= nowMs, cancellationToken);

    public Task<bool> RenewAsync(string name, string owner, TimeSpan duration, CancellationToken cancellationToken) =>
        WriteIfAsync(name, owner, duration, (lease, nowMs) => lease is not null && lease.Owner == owner && lease.ExpiresAtMs > nowMs, cancellationToken);

    public async Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        var id = CosmosIds.From(name);
        var container = await database.ContainerAsync(CosmosContainers.Leases, cancellationToken);
        var current = await CosmosDocuments.ReadAsync(container, id, id, cancellationToken);
        if (current is not null && current.Value<Lease>().Owner == owner)
        {
            await CosmosDocuments.DeleteAsync(container, id, id, current.ETag, cancellationToken);
        }
    }

    private async Task<bool> WriteIfAsync(string name, string owner, TimeSpan duration, Func<Lease?, long, bool> allowed, CancellationToken cancellationToken)
    {
        LeaseArguments.Check(name, owner, duration);
        var id = CosmosIds.From(name);
        var container = await database.ContainerAsync(CosmosContainers.Leases, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var current = await CosmosDocuments.ReadAsync(container, id, id, cancellationToken);
        if (!allowed(current?.Value<Lease>(), now.ToUnixTimeMilliseconds()))
        {
            return false;
        }

        try
        {
            var lease = new Lease(owner, (now + duration).ToUnixTimeMilliseconds());
            await CosmosDocuments.WriteAsync(container, CosmosDocument.Envelope(id, id, lease), current?.ETag, "lease", cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }
}
