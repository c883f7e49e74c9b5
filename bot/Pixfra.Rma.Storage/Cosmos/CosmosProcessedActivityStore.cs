using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// A claim is a create; if the document exists and its claim expired, an ETag-checked replace takes it over, so of
/// two instances racing for the same delivery exactly one wins. Items also carry a TTL so Azure removes them, but
/// expiry is decided here by comparing times (TTL deletion is lazy).
/// </summary>
public sealed class CosmosProcessedActivityStore(CosmosDatabase database, TimeProvider timeProvider)
    : IProcessedActivityStore, IProcessedActivityPurge
{
    private static readonly TimeSpan TtlMargin = TimeSpan.FromHours(1);

    public async Task<bool> TryClaimAsync(ActivityKey key, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ProcessedActivities, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var ttlSeconds = Math.Max(1, (long)Math.Ceiling((expiresAt - now + TtlMargin).TotalSeconds));
        var body = CosmosDocument.Envelope(id, id, key.ToString(), ("expiresAtMs", expiresAt.ToUnixTimeMilliseconds()), ("ttl", ttlSeconds));

        var existing = await CosmosDocuments.ReadAsync(container, id, id, cancellationToken);
        if (existing is not null && existing.Body["expiresAtMs"]!.GetValue<long>() > now.ToUnixTimeMilliseconds())
        {
            return false;
        }

        try
        {
            await CosmosDocuments.WriteAsync(container, body, existing?.ETag, "activity claim", cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public async Task ReleaseAsync(ActivityKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = CosmosIds.From(key.ToString());
        var container = await database.ContainerAsync(CosmosContainers.ProcessedActivities, cancellationToken);
        await CosmosDocuments.DeleteAsync(container, id, id, null, cancellationToken);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.ProcessedActivities, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.expiresAtMs <= @now")
            .WithParameter("@now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        var purged = 0;
        foreach (var expired in await CosmosDocuments.QueryAllAsync(container, query, null, cancellationToken))
        {
            // The ETag keeps a claim taken over since the query from being deleted.
            var id = expired.Body["id"]!.GetValue<string>();
            if (await CosmosDocuments.DeleteAsync(container, id, id, expired.ETag, cancellationToken))
            {
                purged++;
            }
        }

        return purged;
    }
}
