using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>A clickable action (imBack, messageBack, openUrl, …) of suggested actions and hero cards.</summary>
public sealed record CardAction
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public string? Image { get; init; }

    public string? Text { get; init; }

    public string? DisplayText { get; init; }

    public JsonNode? Value { get; init; }

    public JsonNode? ChannelData { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
