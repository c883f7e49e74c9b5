using System.Text.Json.Nodes;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>
/// The body of an <c>adaptiveCard/action</c> answer (PROTOCOL.md §4 Action.Execute): the HTTP status
/// is always 200, <see cref="StatusCode"/> tells the client what happened.
/// </summary>
public sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public const string CardType = Attachment.AdaptiveCardContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the clicked card with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, CardType, card.DeepClone());
    }

    /// <summary>Shows <paramref name="text"/> as a short message on the client.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, JsonValue.Create(text));

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, new JsonObject { ["code"] = code, ["message"] = message });
}
