using System.Globalization;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>
/// Teams and the Azure Bot Service channels: the proactive messenger with the stored, always refreshed conversation
/// reference. A chat never seen, or a 403/404 from the connector, is unreachable; a 429 is retried by the connector.
/// </summary>
public sealed class BotFrameworkMessenger(IProactiveMessenger messenger, IConversationReferenceStore references) : IChannelMessenger
{
    public bool Serves(ConversationKey conversation) => true;

    public async Task<string?> LocaleAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        (await references.FindAsync(conversation, cancellationToken))?.Locale;

    public Task<string?> SendAsync(ConversationKey conversation, Reply reply, CancellationToken cancellationToken) =>
        TranslateAsync(async () => (await messenger.SendAsync(conversation, ToActivity(conversation, reply), cancellationToken)).Id);

    public Task UpdateAsync(ConversationKey conversation, string messageId, Reply reply, CancellationToken cancellationToken) =>
        TranslateAsync(async () => (await messenger.UpdateAsync(conversation, messageId, ToActivity(conversation, reply), cancellationToken)).Id);

    /// <summary>The connector's answer in short, e.g. <c>403 ConversationBlockedByUser</c>.</summary>
    public static string Detail(ConnectorException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Create(CultureInfo.InvariantCulture, $"{(exception.StatusCode is { } s ? (int)s : 0)} {exception.ErrorCode}").Trim();
    }

    private static Activity ToActivity(ConversationKey conversation, Reply reply) =>
        RmaBotHandler.ToActivity(new Activity { ChannelId = conversation.ChannelId }, reply);

    // A 403/404 or no stored reference is unreachable; the rest (5xx, 429 after the connector's retries) passes through.
    private static async Task<string?> TranslateAsync(Func<Task<string?>> send)
    {
        try
        {
            return await send();
        }
        catch (ConversationUnavailableException e)
        {
            throw new ChatUnreachableException(Detail(e), e);
        }
        catch (UnknownConversationException e)
        {
            throw new ChatUnreachableException("no conversation reference", e);
        }
    }
}
