using System.Diagnostics.CodeAnalysis;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Conversation keys of the direct Slack app. Channel ids are unique only within a workspace, so the team is part
/// of the id; the channel id <c>slack</c> is shared with the Azure Bot Service path, whose ids have the form
/// <c>B…:T…:C…</c> (three or four parts) and so never collide with <c>T…:C…</c> (two parts). A thread in a channel
/// (the staff channel's handoff threads) is <c>T…:C…/{thread_ts}</c>: Slack ids and timestamps never hold a
/// <c>/</c> or a <c>:</c>.
/// </summary>
public static class SlackConversations
{
    public const string ChannelId = "slack";

    public static ConversationKey Key(string teamId, string slackChannelId) => new(ChannelId, $"{teamId}:{slackChannelId}");

    /// <summary>The thread under the message <paramref name="threadTs"/> in a channel.</summary>
    public static ConversationKey Thread(string teamId, string slackChannelId, string threadTs) => new(ChannelId, $"{teamId}:{slackChannelId}/{threadTs}");

    public static ConversationKey Key(SlackPlace place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return place.ThreadTs is { } ts ? Thread(place.TeamId, place.ChannelId, ts) : Key(place.TeamId, place.ChannelId);
    }

    /// <summary>True for a key of the direct app (not of the Azure Bot Service Slack channel, nor of Teams).</summary>
    public static bool TryParse(ConversationKey conversation, [NotNullWhen(true)] out SlackPlace? place)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        place = null;
        if (conversation.ChannelId != ChannelId)
        {
            return false;
        }

        var parts = conversation.ConversationId.Split(':');
        if (parts is not [{ Length: > 0 } team, { Length: > 0 } rest])
        {
            return false;
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var parsed = slash < 0 ? new SlackPlace(team, rest, null) : new SlackPlace(team, rest[..slash], rest[(slash + 1)..]);
        if (parsed is { ChannelId.Length: 0 } or { ThreadTs.Length: 0 })
        {
            return false;
        }

        place = parsed;
        return true;
    }
}
