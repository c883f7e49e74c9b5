using System.Text.Json.Nodes;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>
/// The answer to an <c>invoke</c>: <see cref="Status"/> becomes the HTTP status and
/// <see cref="Body"/> the JSON body of the same HTTP response.
/// </summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>What BBD answers an invoke nobody handles.</summary>
    public static InvokeResponse NotImplemented { get; } = new(501, null);

    public static InvokeResponse FromAdaptiveCardResponse(AdaptiveCardInvokeResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new InvokeResponse(200, System.Text.Json.JsonSerializer.SerializeToNode(response, ActivityJson.Options));
    }
}
