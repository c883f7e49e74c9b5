using System.Text.Json.Nodes;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// One event of the Playground's conversation stream: what its chat UI would show. A bot message with
/// text and a card arrives as two events (the text, then the card with a suffixed message id).
/// </summary>
internal sealed record PlaygroundEvent(string Action, string ConversationId, JsonObject Message)
{
    public string? MessageId => Message["messageId"]?.GetValue<string>();

    public string? FromId => Message["from"]?["id"]?.GetValue<string>();

    public string? Text => Message["text"]?.GetValue<string>();

    /// <summary>The Adaptive Cards attached, as the client received them.</summary>
    public IReadOnlyList<JsonObject> Cards =>
        Message["attachments"] is JsonArray attachments
            ? [.. attachments.OfType<JsonObject>()
                .Where(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")
                .Select(a => a["content"]).OfType<JsonObject>()]
            : [];

    public bool IsFromBot => FromId == PlaygroundUsers.BotId;

    public static PlaygroundEvent? Parse(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject root
            || root["action"]?.GetValue<string>() is not { } action
            || root["message"] is not JsonObject message)
        {
            return null;
        }

        return new PlaygroundEvent(action, root["actionConversationId"]?.GetValue<string>() ?? "", message);
    }
}
