using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// The operations every Cosmos store repeats. Not-found is a 404 and nothing else; every replace and delete of a
/// document that was read carries its ETag (IfMatch) and a 412 becomes <see cref="ConcurrencyConflictException"/>.
/// </summary>
internal static class CosmosDocuments
{
    private static readonly ItemRequestOptions NoContent = new() { EnableContentResponseOnWrite = false };

    public static async Task<CosmosDocument?> ReadAsync(Container container, string id, string pk, CancellationToken cancellationToken)
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(pk), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        var body = (await JsonNode.ParseAsync(response.Content, cancellationToken: cancellationToken))!.AsObject();
        return new CosmosDocument(body, response.Headers.ETag);
    }

    /// <summary>Creates (<paramref name="expectedETag"/> null) or replaces the document if its ETag still matches; returns the new ETag.</summary>
    public static async Task<string> WriteAsync(Container container, JsonObject body, string? expectedETag, string kind, CancellationToken cancellationToken)
    {
        var id = body["id"]!.GetValue<string>();
        var pk = new PartitionKey(body["pk"]!.GetValue<string>());
        try
        {
            var response = expectedETag is null
                ? await container.CreateItemAsync(body, pk, NoContent, cancellationToken)
                : await container.ReplaceItemAsync(body, id, pk, new ItemRequestOptions { IfMatchEtag = expectedETag, EnableContentResponseOnWrite = false }, cancellationToken);
            return response.ETag;
        }
        catch (CosmosException e) when (e.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw ConcurrencyConflictException.For(kind, id, e);
        }
    }

    /// <summary>Creates or replaces without a version check: only for data where the latest write is the truth.</summary>
    public static async Task UpsertAsync(Container container, JsonObject body, CancellationToken cancellationToken) =>
        await container.UpsertItemAsync(body, new PartitionKey(body["pk"]!.GetValue<string>()), NoContent, cancellationToken);

    /// <summary>Deletes the document; with an ETag only if unchanged. False when it was missing or changed.</summary>
    public static async Task<bool> DeleteAsync(Container container, string id, string pk, string? expectedETag, CancellationToken cancellationToken)
    {
        using var response = await container.DeleteItemStreamAsync(
            id, new PartitionKey(pk), new ItemRequestOptions { IfMatchEtag = expectedETag }, cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>One page of a query; <paramref name="pk"/> null = cross-partition. The SQL must filter on pk itself as well.</summary>
    public static async Task<(List<CosmosDocument> Items, string? Continuation)> QueryPageAsync(
        Container container, QueryDefinition query, string? pk, int maxItems, string? continuation, CancellationToken cancellationToken)
    {
        using var iterator = container.GetItemQueryIterator<JsonObject>(query, continuation, Options(pk, maxItems));
        if (!iterator.HasMoreResults)
        {
            return ([], null);
        }

        var page = await iterator.ReadNextAsync(cancellationToken);
        return ([.. page.Select(CosmosDocument.FromQuery)], page.ContinuationToken);
    }

    public static async Task<List<CosmosDocument>> QueryAllAsync(Container container, QueryDefinition query, string? pk, CancellationToken cancellationToken)
    {
        var all = new List<CosmosDocument>();
        using var iterator = container.GetItemQueryIterator<JsonObject>(query, null, Options(pk, 500));
        while (iterator.HasMoreResults)
        {
            var page = await iterator.ReadNextAsync(cancellationToken);
            all.AddRange(page.Select(CosmosDocument.FromQuery));
        }

        return all;
    }

    private static QueryRequestOptions Options(string? pk, int maxItems) => new()
    {
        PartitionKey = pk is null ? null : new PartitionKey(pk),
        MaxItemCount = maxItems,
    };
}
