using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>An acknowledged request waiting to be handled: exactly one of the two is set.</summary>
public sealed record SlackWorkItem(SlackEvent? Event, SlackInteraction? Interaction)
{
    /// <summary>Turns of one Slack conversation (team + channel) run one at a time.</summary>
    public ConversationKey Conversation => Event is { } e
        ? SlackConversations.Key(e.TeamId, e.ChannelId ?? e.UserId)
        : SlackConversations.Key(Interaction!.TeamId, Interaction.ChannelId ?? Interaction.UserId);
}
