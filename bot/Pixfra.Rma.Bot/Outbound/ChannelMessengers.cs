using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>
/// The messenger for a conversation: the first registered one that serves its key. The direct Slack app is
/// registered before Bot Framework, which serves everything else (Teams, the Azure Bot Service channels).
/// </summary>
public sealed class ChannelMessengers(IEnumerable<IChannelMessenger> messengers)
{
    private readonly IReadOnlyList<IChannelMessenger> _messengers = [.. messengers];

    public IChannelMessenger For(ConversationKey conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return _messengers.FirstOrDefault(m => m.Serves(conversation))
            ?? throw new ChatUnreachableException($"no messenger for channel {conversation.ChannelId}");
    }
}
