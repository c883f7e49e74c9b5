using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Slack;

namespace Pixfra.Rma.Protocol.Turns;

/// <inheritdoc />
internal sealed class TurnContext : ITurnContext
{
    private readonly IConnectorClient _connector;
    private readonly List<Activity>? _collected;
    private readonly Lock _collectedGate = new();

    public TurnContext(Activity activity, BotAuthenticationResult authentication, ConversationReference? reference, IConnectorClient connector)
    {
        Activity = activity;
        Authentication = authentication;
        Reference = reference;
        Conversation = new ConversationKey(activity.ChannelId!, activity.Conversation!.Id!);
        _connector = connector;
        _collected = activity.ExpectsReplies ? [] : null;
    }

    public Activity Activity { get; }

    public BotAuthenticationResult Authentication { get; }

    public ConversationKey Conversation { get; }

    public ConversationReference? Reference { get; }

    /// <summary>Replies held back for the HTTP body of an expectReplies request.</summary>
    public IReadOnlyList<Activity> CollectedReplies
    {
        get
        {
            lock (_collectedGate)
            {
                return _collected is null ? [] : [.. _collected];
            }
        }
    }

    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var outgoing = Address(activity);
        if (_collected is not null)
        {
            lock (_collectedGate)
            {
                _collected.Add(outgoing);
            }

            return new ResourceResponse();
        }

        var serviceUrl = ServiceUrl();
        var replyToId = outgoing.ReplyToId ?? (RepliesThread(Activity) ? Activity.Id : null);
        return string.IsNullOrEmpty(replyToId)
            ? await _connector.SendToConversationAsync(serviceUrl, Conversation.ConversationId, outgoing, cancellationToken)
            : await _connector.ReplyToActivityAsync(serviceUrl, Conversation.ConversationId, replyToId, outgoing, cancellationToken);
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendAsync(IEnumerable<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            responses.Add(await SendAsync(activity, cancellationToken));
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        _connector.UpdateActivityAsync(ServiceUrl(), Conversation.ConversationId, activityId, Address(activity), cancellationToken);

    public Task DeleteAsync(string activityId, CancellationToken cancellationToken = default) =>
        _connector.DeleteActivityAsync(ServiceUrl(), Conversation.ConversationId, activityId, cancellationToken);

    public async Task SendTypingAsync(CancellationToken cancellationToken = default)
    {
        // Slack shows no typing indicator (PROTOCOL.md §5); expectReplies bodies carry only real replies.
        if (_collected is not null || string.Equals(Activity.ChannelId, SlackActivity.ChannelId, StringComparison.Ordinal))
        {
            return;
        }

        await SendAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
    }

    /// <summary>
    /// Answers to a user's message or card click reply to it (as BBD does, which keeps Teams channel
    /// threads together); updates and installs are not messages, so answers to them are new posts.
    /// </summary>
    private static bool RepliesThread(Activity incoming) =>
        !string.IsNullOrEmpty(incoming.Id) && incoming.Type is ActivityTypes.Message or ActivityTypes.Invoke;

    private Uri ServiceUrl() =>
        Uri.TryCreate(Activity.ServiceUrl, UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidOperationException("The incoming activity has no serviceUrl to reply to.");

    private Activity Address(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity with
        {
            Type = activity.Type ?? ActivityTypes.Message,
            ChannelId = activity.ChannelId ?? Activity.ChannelId,
            Conversation = activity.Conversation ?? Activity.Conversation,
            From = activity.From ?? (Activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null),
            Recipient = activity.Recipient ?? (Activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name } : null),
            Locale = activity.Locale ?? Activity.Locale,
        };
    }
}
