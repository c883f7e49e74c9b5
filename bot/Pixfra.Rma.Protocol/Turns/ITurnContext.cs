using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>
/// One incoming activity and the ways to answer it, so handlers never touch HTTP. Replies go through
/// the Connector, or are collected into the HTTP body when the sender asked for <c>expectReplies</c>.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>Who called: the authenticated identity (or anonymous when authentication is off).</summary>
    BotAuthenticationResult Authentication { get; }

    ConversationKey Conversation { get; }

    /// <summary>The reference saved for this conversation from this activity.</summary>
    ConversationReference? Reference { get; }

    /// <summary>
    /// Sends into this conversation. Conversation, channel, from/recipient and locale are filled from the
    /// incoming activity when the outgoing one leaves them empty; the type defaults to message.
    /// </summary>
    Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceResponse>> SendAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces a message the bot sent earlier (e.g. the card whose button was clicked).</summary>
    Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Shows the typing indicator (no-op on channels without one, e.g. Slack).</summary>
    Task SendTypingAsync(CancellationToken cancellationToken = default);
}
