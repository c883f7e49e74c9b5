using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Cases partitioned by distributor (see <see cref="CosmosContainers"/>). Times used for sorting are stored as
/// Unix milliseconds beside the record, because ISO text with varying fractions does not sort as time.
/// Continuation tokens are the SDK's own.
/// </summary>
public sealed class CosmosRmaCaseStore(CosmosDatabase database) : IRmaCaseStore
{
    public async Task<Versioned<RmaCase>?> GetAsync(RmaNumber number, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Cases, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.id = @id").WithParameter("@id", number.ToString());
        var found = await CosmosDocuments.QueryAllAsync(container, query, null, cancellationToken);
        return found.Count > 0 ? found[0].Versioned<RmaCase>() : null;
    }

    public async Task<string> SaveAsync(RmaCase rmaCase, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        var container = await database.ContainerAsync(CosmosContainers.Cases, cancellationToken);
        if (expectedETag is null && await GetAsync(rmaCase.Number, cancellationToken) is not null)
        {
            // Ids are unique per partition only; a number must be unique across distributors.
            throw ConcurrencyConflictException.For("RMA case", rmaCase.Number.ToString());
        }

        var serials = new JsonArray([.. rmaCase.Lines.Select(l => l.SerialNumber.Value).Distinct(StringComparer.Ordinal).Select(s => JsonValue.Create(s))]);
        var body = CosmosDocument.Envelope(
            rmaCase.Number.ToString(),
            rmaCase.DistributorId,
            rmaCase,
            ("status", rmaCase.Status.ToString()),
            ("createdAtMs", rmaCase.CreatedAt.ToUnixTimeMilliseconds()),
            ("validityEndsAtMs", rmaCase.Validity?.EndsAt.ToUnixTimeMilliseconds()),
            ("serialNumbers", serials));
        return await CosmosDocuments.WriteAsync(container, body, expectedETag, "RMA case", cancellationToken);
    }

    public Task<Page<Versioned<RmaCase>>> ListByDistributorAsync(string distributorId, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk ORDER BY c.createdAtMs DESC, c.id DESC").WithParameter("@pk", distributorId),
            distributorId,
            page,
            cancellationToken);

    public Task<Page<Versioned<RmaCase>>> ListByStatusAsync(RmaStatus status, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.status = @status ORDER BY c.createdAtMs, c.id").WithParameter("@status", status.ToString()),
            null,
            page,
            cancellationToken);

    public Task<Page<Versioned<RmaCase>>> ListByValidityEndAsync(RmaStatus status, Instant endsBefore, PageRequest page, CancellationToken cancellationToken) =>
        ListAsync(
            new QueryDefinition("SELECT * FROM c WHERE c.status = @status AND c.validityEndsAtMs < @endsBefore ORDER BY c.validityEndsAtMs, c.id")
                .WithParameter("@status", status.ToString())
                .WithParameter("@endsBefore", endsBefore.ToUnixTimeMilliseconds()),
            null,
            page,
            cancellationToken);

    public async Task<IReadOnlyList<Versioned<RmaCase>>> FindBySerialNumberAsync(SerialNumber serialNumber, CancellationToken cancellationToken)
    {
        var container = await database.ContainerAsync(CosmosContainers.Cases, cancellationToken);
        var query = new QueryDefinition("SELECT * FROM c WHERE ARRAY_CONTAINS(c.serialNumbers, @sn) ORDER BY c.createdAtMs, c.id")
            .WithParameter("@sn", serialNumber.Value);
        return [.. (await CosmosDocuments.QueryAllAsync(container, query, null, cancellationToken)).Select(d => d.Versioned<RmaCase>())];
    }

    private async Task<Page<Versioned<RmaCase>>> ListAsync(QueryDefinition query, string? pk, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Validate();
        var container = await database.ContainerAsync(CosmosContainers.Cases, cancellationToken);
        var (items, continuation) = await CosmosDocuments.QueryPageAsync(container, query, pk, page.Size, page.ContinuationToken, cancellationToken);
        return new Page<Versioned<RmaCase>>([.. items.Select(d => d.Versioned<RmaCase>())], continuation);
    }
}
