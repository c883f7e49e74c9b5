using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke (Action.Execute).</summary>
public sealed record AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; init; }

    /// <summary><c>manual</c> for a click, <c>automatic</c> for a refresh.</summary>
    public string? Trigger { get; init; }

    public JsonElement? Authentication { get; init; }

    public string? State { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
