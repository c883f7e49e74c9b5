using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>A stored document: <c>{ id, pk, value, …lookup fields, _etag }</c> and its ETag.</summary>
internal sealed record CosmosDocument(JsonObject Body, string ETag)
{
    public T Value<T>() =>
        (Body["value"] ?? throw new JsonException("A stored document has no value.")).Deserialize<T>(StorageJson.Options)
        ?? throw new JsonException($"A stored {typeof(T).Name} is JSON null.");

    public Versioned<T> Versioned<T>() => new(Value<T>(), ETag);

    /// <summary>The document to write for <paramref name="value"/>, with the lookup fields queries filter on.</summary>
    public static JsonObject Envelope<T>(string id, string pk, T value, params (string Name, JsonNode? Value)[] fields)
    {
        var body = new JsonObject
        {
            ["id"] = id,
            ["pk"] = pk,
            ["value"] = JsonSerializer.SerializeToNode(value, StorageJson.Options),
        };
        foreach (var (name, fieldValue) in fields)
        {
            body[name] = fieldValue;
        }

        return body;
    }

    /// <summary>A query result row, whose ETag is in its <c>_etag</c> system property.</summary>
    public static CosmosDocument FromQuery(JsonObject body) =>
        new(body, body["_etag"]?.GetValue<string>() ?? throw new JsonException("A query result has no _etag."));
}
