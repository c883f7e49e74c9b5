using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Support;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Support requests in the <c>directory</c> container (pk "supportRequest"): a few a day, read newest first by staff,
/// so one logical partition keeps the listing a single-partition query.
/// </summary>
public sealed class CosmosSupportRequestStore(CosmosDatabase database) : ISupportRequestStore
{
    private const string Pk = "supportRequest";

    public async Task AddAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var body = CosmosDocument.Envelope(CosmosIds.From(request.Id), Pk, request, ("createdAtMs", request.CreatedAt.ToUnixTimeMilliseconds()));
        try
        {
            await CosmosDocuments.WriteAsync(container, body, expectedETag: null, "support request", cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // Already recorded: ids are unique, so a second save of the same request is a no-op.
        }
    }

    public async Task<IReadOnlyList<SupportRequest>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var container = await database.ContainerAsync(CosmosContainers.Directory, cancellationToken);
        var query = new QueryDefinition("SELECT TOP @count * FROM c WHERE c.pk = @pk ORDER BY c.createdAtMs DESC, c.id DESC")
            .WithParameter("@count", count)
            .WithParameter("@pk", Pk);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, Pk, cancellationToken)).Select(d => d.Value<SupportRequest>())];
    }
}
