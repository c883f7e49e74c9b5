using System.Globalization;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Reminders;

/// <summary>
/// Sends a reminder through the proactive messenger (the stored, always refreshed conversation reference) in the
/// language of the chat's last activity, as a card on Teams and as its plain-text fallback on Slack, and sorts the
/// outcome: 403/404 or a chat never seen is unreachable for good; anything else that failed is tried again later.
/// </summary>
internal sealed partial class ProactiveReminderSender(
    IProactiveMessenger messenger,
    IConversationReferenceStore references,
    ILogger<ProactiveReminderSender> logger) : IReminderSender
{
    public async Task<ReminderDelivery> SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var conversation = new ConversationKey(notice.To.ChannelId, notice.To.ConversationId);
        try
        {
            var reference = await references.FindAsync(conversation, cancellationToken) ?? throw new UnknownConversationException(conversation);
            var card = ReminderCardView.Render(notice, BotCulture.FromLocale(reference.Locale));
            var activity = RmaBotHandler.ToActivity(new Activity { ChannelId = reference.ChannelId }, Reply.OfCard(card));
            await messenger.SendAsync(conversation, activity, cancellationToken);
            return ReminderDelivery.Delivered;
        }
        catch (ConversationUnavailableException e)
        {
            LogUnreachable(notice.Number.ToString(), notice.ReminderId, (int?)e.StatusCode, e.ErrorCode);
            return new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, Detail(e.StatusCode, e.ErrorCode));
        }
        catch (UnknownConversationException)
        {
            return new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, "no conversation reference");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // ConnectorException (5xx, 429 after retries), HttpRequestException, a timeout: worth another try later.
            LogFailed(e, notice.Number.ToString(), notice.ReminderId);
            return new ReminderDelivery(
                ReminderDeliveryOutcome.Failed,
                e is ConnectorException c ? Detail(c.StatusCode, c.ErrorCode) : e.GetType().Name);
        }
    }

    private static string Detail(System.Net.HttpStatusCode? status, string? errorCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{(status is { } s ? (int)s : 0)} {errorCode}").Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of {RmaNumber}: the chat is unreachable ({StatusCode} {ErrorCode}); not retried.")]
    private partial void LogUnreachable(string rmaNumber, string reminderId, int? statusCode, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder {ReminderId} of {RmaNumber} could not be sent; it is retried later.")]
    private partial void LogFailed(Exception exception, string rmaNumber, string reminderId);
}
