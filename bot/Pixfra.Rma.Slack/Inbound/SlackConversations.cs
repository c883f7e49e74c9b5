using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Conversation keys of the direct Slack app. Channel ids are unique only within a workspace, so the team is part
/// of the id; the channel id <c>slack</c> is shared with the Azure Bot Service path, whose ids have the form
/// <c>B…:T…:C…</c> and so never collide with <c>T…:C…</c>.
/// </summary>
public static class SlackConversations
{
    public const string ChannelId = "slack";

    public static ConversationKey Key(string teamId, string slackChannelId) => new(ChannelId, $"{teamId}:{slackChannelId}");
}
