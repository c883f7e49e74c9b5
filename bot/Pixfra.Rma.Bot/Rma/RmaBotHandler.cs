using System.Text.Json.Nodes;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Slack;
using Pixfra.Rma.Protocol.Teams;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Bot.Rma;

/// <summary>
/// The seam between the wire and the RMA conversation: turns activities into flow inputs and flow replies
/// into activities. Cards go as Adaptive Card attachments; Slack, which does not render them, gets the
/// plain-text fallback.
/// </summary>
public sealed class RmaBotHandler(RmaConversation conversation, IConnectorClient connector, OutboundDelivery delivery) : BotHandler
{
    protected override Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var text = TeamsActivity.TextWithoutBotMention(turn.Activity);
        var files = TeamsFiles.From(turn.Activity, connector);
        return RunAsync(turn, files.Count == 0 ? TurnInput.Message(text, turn.Activity.Locale) : TurnInput.MessageWithFiles(text, files, turn.Activity.Locale), cancellationToken);
    }

    protected override Task OnCardSubmitAsync(ITurnContext turn, JsonNode value, CancellationToken cancellationToken) =>
        value is JsonObject data
            ? RunAsync(turn, TurnInput.Action(data, turn.Activity.Locale), cancellationToken)
            : Task.CompletedTask;

    protected override Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.MembersAdded?.Any(m => m.Id == turn.Activity.Recipient?.Id) == true
            ? RunAsync(turn, TurnInput.Started(turn.Activity.Locale), cancellationToken)
            : Task.CompletedTask;

    protected override Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true
            ? RunAsync(turn, TurnInput.Started(turn.Activity.Locale), cancellationToken)
            : Task.CompletedTask;

    protected override async Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var input = TurnInput.Execute(value.Action?.Verb ?? string.Empty, value.Action?.Data as JsonObject, turn.Activity.Locale);
        var output = await conversation.HandleAsync(turn.Conversation, SpeakerOf(turn.Activity), input, cancellationToken);
        await SendAsync(turn, output.Replies, cancellationToken);
        await delivery.DeliverAsync(output.OutboundMessages, cancellationToken);
        return (output.InvokeCard, output.InvokeMessage) switch
        {
            ({ } card, _) => AdaptiveCardInvokeResponse.Card(card.Card),
            (null, { } message) => AdaptiveCardInvokeResponse.Message(message),
            _ => AdaptiveCardInvokeResponse.Error(404, "NotFound", "Nothing to refresh."),
        };
    }

    private async Task RunAsync(ITurnContext turn, TurnInput input, CancellationToken cancellationToken)
    {
        var output = await conversation.HandleAsync(turn.Conversation, SpeakerOf(turn.Activity), input, cancellationToken);
        await SendAsync(turn, output.Replies, cancellationToken);
        await delivery.DeliverAsync(output.OutboundMessages, cancellationToken);
    }

    private static Task SendAsync(ITurnContext turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken) =>
        replies.Count == 0
            ? Task.CompletedTask
            : turn.SendAsync(replies.Select(r => ToActivity(turn.Activity, r)), cancellationToken);

    public static Activity ToActivity(Activity incoming, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Card switch
        {
            null => new Activity { Type = ActivityTypes.Message, Text = reply.Text },
            { } card when incoming.ChannelId == SlackActivity.ChannelId => new Activity { Type = ActivityTypes.Message, Text = card.FallbackText },
            { } card => new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card.Card)], Summary = Summary(card) },
        };
    }

    public static Speaker SpeakerOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var slack = activity.ChannelId == SlackActivity.ChannelId ? SlackActivity.Read(activity) : null;
        return new Speaker(
            activity.ChannelId ?? string.Empty,
            activity.From?.Id ?? string.Empty,
            activity.From?.Name,
            slack is null ? TeamsActivity.TenantId(activity) : null,
            slack is null ? TeamsActivity.AadObjectId(activity) : null,
            slack?.TeamId);
    }

    // Notifications and the chat list show the summary, not the card; the fallback's first line names the card.
    private static string Summary(RenderedCard card) => card.FallbackText.Split('\n', 2)[0];
}
