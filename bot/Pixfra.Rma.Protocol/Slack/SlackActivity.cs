using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Slack;

/// <summary>
/// Slack through the Azure Bot Service channel (PROTOCOL.md §5): <c>channelData.SlackMessage</c> on
/// messages, <c>channelData.Payload</c> on button clicks; keys are read case-insensitively because
/// the docs and the service disagree on their case.
/// </summary>
public static class SlackActivity
{
    public const string ChannelId = "slack";

    public static SlackContext? Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelData is not JsonObject channelData)
        {
            return null;
        }

        if (Child(channelData, "SlackMessage") is JsonObject message)
        {
            var slackEvent = Child(message, "event");
            return new SlackContext(
                Text(message, "team_id") ?? Text(slackEvent, "team"),
                Text(slackEvent, "user"),
                Text(slackEvent, "channel"),
                Text(slackEvent, "ts"),
                Text(slackEvent, "thread_ts"),
                ResponseUrl: null);
        }

        if (Child(channelData, "Payload") is JsonObject payload)
        {
            return new SlackContext(
                Text(Child(payload, "team"), "id"),
                Text(Child(payload, "user"), "id"),
                Text(Child(payload, "channel"), "id"),
                Text(Child(payload, "message"), "ts") ?? Text(payload, "message_ts"),
                Text(Child(payload, "message"), "thread_ts"),
                Text(payload, "response_url"));
        }

        return null;
    }

    private static JsonNode? Child(JsonNode? node, string name) =>
        node is JsonObject obj
            ? obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value
            : null;

    private static string? Text(JsonNode? node, string name) =>
        Child(node, name) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
