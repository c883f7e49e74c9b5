using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Teams;

namespace Pixfra.Rma.Protocol.Proactive;

/// <summary>Builds references from incoming activities and outgoing activities from references.</summary>
public static class ConversationReferences
{
    /// <summary>The reference an incoming activity gives, or null when it lacks what a later send needs.</summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.ServiceUrl)
            || string.IsNullOrEmpty(activity.Conversation?.Id) || string.IsNullOrEmpty(activity.Recipient?.Id))
        {
            return null;
        }

        return new ConversationReference(
            activity.ChannelId,
            activity.ServiceUrl,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            TeamsActivity.TenantId(activity),
            activity.Recipient.Id,
            activity.Recipient.Name,
            activity.From?.Id,
            activity.From?.Name,
            activity.From?.AadObjectId,
            activity.Locale);
    }

    /// <summary>
    /// Addresses <paramref name="activity"/> to the conversation of <paramref name="reference"/>: fills
    /// channel, conversation, from (the bot) and recipient (the user) where the activity leaves them empty.
    /// serviceUrl is not set: bots must not set it (PROTOCOL.md §3).
    /// </summary>
    public static Activity Address(Activity activity, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        return activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            ChannelId = activity.ChannelId ?? reference.ChannelId,
            Conversation = activity.Conversation ?? new ConversationAccount
            {
                Id = reference.ConversationId,
                ConversationType = reference.ConversationType,
                TenantId = reference.TenantId,
            },
            From = activity.From ?? new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
            Recipient = activity.Recipient ?? (reference.UserId is null ? null
                : new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.UserAadObjectId }),
            Locale = activity.Locale ?? reference.Locale,
        };
    }
}
