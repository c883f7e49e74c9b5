using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
