using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>
/// Sends the bot's messages to a conversation other than the one a turn came from (staff thread, distributor chat,
/// reminders), on the platform the conversation lives on. <see cref="ChannelMessengers"/> picks the messenger by the
/// conversation's key; callers never branch on the channel.
/// </summary>
/// <remarks>
/// A conversation that cannot be reached for good (Teams 403/404, a chat never seen, Slack <c>channel_not_found</c>…)
/// throws <see cref="ChatUnreachableException"/>; anything else that fails may work later.
/// </remarks>
public interface IChannelMessenger
{
    /// <summary>True when this messenger delivers to <paramref name="conversation"/>.</summary>
    bool Serves(ConversationKey conversation);

    /// <summary>The language last seen in the conversation, or null when the platform does not tell.</summary>
    Task<string?> LocaleAsync(ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>Posts <paramref name="reply"/>; returns the message id (to update it later), if the platform gives one.</summary>
    Task<string?> SendAsync(ConversationKey conversation, Reply reply, CancellationToken cancellationToken);

    /// <summary>Replaces the message <paramref name="messageId"/> for everyone in the conversation.</summary>
    Task UpdateAsync(ConversationKey conversation, string messageId, Reply reply, CancellationToken cancellationToken);
}
