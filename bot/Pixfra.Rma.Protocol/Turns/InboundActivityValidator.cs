using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>The fields without which an activity cannot be routed (PROTOCOL.md §3); missing ones answer 400.</summary>
public static class InboundActivityValidator
{
    /// <summary>Null when the activity can be processed, else a short reason safe to return.</summary>
    public static string? Validate(Activity? activity)
    {
        if (activity is null)
        {
            return "body is not an activity";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "missing type";
        }

        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return "missing channelId";
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "missing conversation.id";
        }

        if (!activity.IsInvoke && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "missing serviceUrl";
        }

        if (!string.IsNullOrWhiteSpace(activity.ServiceUrl) && !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out _))
        {
            return "serviceUrl is not an absolute URL";
        }

        return null;
    }
}
