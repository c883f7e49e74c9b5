using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

public sealed record MessageReaction
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
