using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>The <c>{id}</c> answered by send and reply; Teams may answer an empty body, giving a null id.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
