using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// An acknowledged request waiting to be handled (an event or an interaction), or the follow-up of a form
/// submission that was answered at once; exactly one of the three is set.
/// </summary>
public sealed record SlackWorkItem(SlackEvent? Event, SlackInteraction? Interaction, SlackFollowUp? FollowUp = null)
{
    /// <summary>Turns of one Slack conversation (team + channel) run one at a time.</summary>
    public ConversationKey Conversation => (Event, Interaction, FollowUp) switch
    {
        ({ } e, _, _) => SlackConversations.Key(e.TeamId, e.ChannelId ?? e.UserId),
        (_, { } i, _) => SlackConversations.Key(i.TeamId, i.ChannelId ?? i.UserId),
        _ => FollowUp!.Conversation,
    };
}
