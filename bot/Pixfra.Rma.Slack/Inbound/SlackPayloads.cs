using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Reads the parts of Slack's JSON the bot uses. Anything missing or of the wrong shape gives null, so a malformed
/// request is acknowledged and ignored rather than failing (Slack would only retry it).
/// </summary>
public static class SlackPayloads
{
    private static readonly HashSet<string> HandledEvents = [SlackEvent.Message, SlackEvent.AppMention, SlackEvent.FileShared, SlackEvent.AppHomeOpened];

    /// <summary>The event types the bot acts on; the app manifest subscribes to each.</summary>
    public static IReadOnlyCollection<string> HandledEventTypes => HandledEvents;

    /// <summary>The event of an <c>event_callback</c> envelope, or null for kinds the bot does not act on.</summary>
    public static SlackEvent? ReadEvent(JsonObject envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope["event"] is not JsonObject e
            || Text(e, "type") is not { } type
            || !HandledEvents.Contains(type)
            || Text(envelope, "event_id") is not { Length: > 0 } eventId
            || (Text(envelope, "team_id") ?? Text(e, "team")) is not { Length: > 0 } team
            || (Text(e, "user") ?? Text(e, "user_id")) is not { Length: > 0 } user)
        {
            return null;
        }

        // The bot's own posts and edits come back as message events too; only people's new messages are turns.
        if (type == SlackEvent.Message && (e["bot_id"] is not null || Text(e, "subtype") is { } subtype && subtype != "file_share"))
        {
            return null;
        }

        var files = e["files"] is JsonArray list
            ? list.OfType<JsonObject>().Select(ReadFile).OfType<SlackFileRef>().ToList()
            : [];
        return new SlackEvent(
            type,
            eventId,
            team,
            user,
            Text(e, "channel") ?? Text(e, "channel_id"),
            Text(e, "text"),
            Text(e, "ts") ?? Text(e, "event_ts"),
            Text(e, "thread_ts"),
            Text(e, "file_id"),
            files);
    }

    /// <summary>A <c>block_actions</c> or <c>view_submission</c> payload; other kinds give null.</summary>
    public static SlackInteraction? ReadInteraction(JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (Text(payload, "type") is not ({ } type and (SlackInteraction.BlockActions or SlackInteraction.ViewSubmission))
            || Text(payload["team"], "id") is not { Length: > 0 } team
            || Text(payload["user"], "id") is not { Length: > 0 } user)
        {
            return null;
        }

        var actions = payload["actions"] is JsonArray list
            ? list.OfType<JsonObject>()
                .Where(a => Text(a, "action_id") is not null)
                .Select(a => new SlackAction(Text(a, "action_id")!, Text(a, "value")))
                .ToList()
            : [];
        return new SlackInteraction(
            type,
            team,
            user,
            Text(payload["channel"], "id") ?? Text(payload["container"], "channel_id"),
            Text(payload["message"], "ts") ?? Text(payload["container"], "message_ts"),
            Text(payload, "trigger_id"),
            actions,
            payload["view"] as JsonObject,
            Text(payload["message"], "thread_ts"));
    }

    private static SlackFileRef? ReadFile(JsonObject file) =>
        Text(file, "id") is { Length: > 0 } id
            ? new SlackFileRef(id, Text(file, "name"), Text(file, "mimetype"), Uri.TryCreate(Text(file, "url_private_download"), UriKind.Absolute, out var url) ? url : null)
            : null;

    internal static string? Text(JsonNode? node, string name) =>
        node is JsonObject obj && obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
