using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

public sealed record AdaptiveCardInvokeAction
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Verb { get; init; }

    public string? Title { get; init; }

    /// <summary>The action's <c>data</c> merged with the card's inputs.</summary>
    public JsonNode? Data { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
