using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>Messages a conversation without an incoming activity, from its stored reference.</summary>
public interface IProactiveMessenger
{
    /// <summary>Sends into a conversation the bot has seen; throws <see cref="UnknownConversationException"/> otherwise.</summary>
    Task<ResourceResponse> SendAsync(ConversationKey conversation, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message the bot sent earlier in that conversation (e.g. a staff card on Claim).</summary>
    Task<ResourceResponse> UpdateAsync(ConversationKey conversation, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a conversation (a 1:1 chat, or a thread in a Teams channel with <c>isGroup:true</c>,
    /// <c>channelData.channel.id</c> and a first activity), saves its reference and returns it.
    /// </summary>
    Task<CreatedConversation> CreateConversationAsync(
        string channelId, Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);
}
