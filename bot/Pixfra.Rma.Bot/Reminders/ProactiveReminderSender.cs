using Pixfra.Rma.Bot.Outbound;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Reminders;

/// <summary>
/// Sends a reminder through the messenger of the chat's platform, in the language of the chat's last activity: a
/// card on Teams, its plain-text fallback through the Azure Bot Service Slack channel, Block Kit in the Slack app's
/// DM. It sorts the outcome: unreachable for good (403/404, a chat never seen, Slack <c>channel_not_found</c>…) is not
/// tried again; anything else that failed is tried again later.
/// </summary>
internal sealed partial class ProactiveReminderSender(
    ChannelMessengers messengers,
    ILogger<ProactiveReminderSender> logger) : IReminderSender
{
    public async Task<ReminderDelivery> SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var conversation = new ConversationKey(notice.To.ChannelId, notice.To.ConversationId);
        try
        {
            var messenger = messengers.For(conversation);
            var card = ReminderCardView.Render(notice, BotCulture.FromLocale(await messenger.LocaleAsync(conversation, cancellationToken)));
            await messenger.SendAsync(conversation, Reply.OfCard(card), cancellationToken);
            return ReminderDelivery.Delivered;
        }
        catch (ChatUnreachableException e)
        {
            LogUnreachable(notice.Number.ToString(), notice.ReminderId, e.Detail);
            return new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, e.Detail);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // ConnectorException (5xx, 429 after retries), a Slack error, HttpRequestException, a timeout: worth another try later.
            LogFailed(e, notice.Number.ToString(), notice.ReminderId);
            return new ReminderDelivery(
                ReminderDeliveryOutcome.Failed,
                e switch
                {
                    ConnectorException c => BotFrameworkMessenger.Detail(c),
                    SlackApiException s => "slack " + s.Error,
                    _ => e.GetType().Name,
                });
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of {RmaNumber}: the chat is unreachable ({Detail}); not retried.")]
    private partial void LogUnreachable(string rmaNumber, string reminderId, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of {RmaNumber} could not be sent; it is retried later.")]
    private partial void LogFailed(Exception exception, string rmaNumber, string reminderId);
}
