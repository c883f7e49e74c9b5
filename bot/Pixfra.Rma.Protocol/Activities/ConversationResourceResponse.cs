using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>What <c>POST v3/conversations</c> answers: the new conversation and its first activity.</summary>
public sealed record ConversationResourceResponse
{
    public string? Id { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ActivityId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
