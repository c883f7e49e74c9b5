using System.Globalization;
using Pixfra.Rma.Bot.Slack;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>
/// The direct Slack app (keys <c>T…:C…</c> and threads <c>T…:C…/ts</c>) through the Web API: a reply as Block Kit
/// with <c>chat.postMessage</c> (in the thread, if the key names one; to a user's DM after <c>conversations.open</c>),
/// an update with <c>chat.update</c>. Slack's "gone for good" errors are unreachable; the client retries a 429.
/// </summary>
public sealed class SlackMessenger(SlackWebApiClient slack, IConversationReferenceStore references, ISlackFormStore forms) : IChannelMessenger
{
    public bool Serves(ConversationKey conversation) => SlackConversations.TryParse(conversation, out _);

    // Slack keeps the locale on the user (users.info); each turn records it on the conversation's reference.
    public async Task<string?> LocaleAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        (await references.FindAsync(conversation, cancellationToken))?.Locale;

    public Task<string?> SendAsync(ConversationKey conversation, Reply reply, CancellationToken cancellationToken) =>
        TranslateAsync<string?>(async () =>
        {
            var place = Place(conversation);
            var channel = place.IsUser ? await slack.OpenDirectMessageAsync(place.ChannelId, cancellationToken) : place.ChannelId;
            var culture = await FormCultureAsync(conversation, reply, cancellationToken);
            var message = await SlackRmaHandler.RenderAsync(forms, conversation, channel, place.ThreadTs, reply, culture, cancellationToken);
            return await slack.PostMessageAsync(message, cancellationToken);
        });

    public Task UpdateAsync(ConversationKey conversation, string messageId, Reply reply, CancellationToken cancellationToken) =>
        TranslateAsync(async () =>
        {
            var culture = await FormCultureAsync(conversation, reply, cancellationToken);
            var message = await SlackRmaHandler.RenderAsync(forms, conversation, Place(conversation).ChannelId, null, reply, culture, cancellationToken);
            await slack.UpdateMessageAsync(message, messageId, cancellationToken);
            return true;
        });

    // The reply is already in its reader's language; only a form's buttons add words, so only then is the locale read.
    private async Task<CultureInfo> FormCultureAsync(ConversationKey conversation, Reply reply, CancellationToken cancellationToken) =>
        BotCulture.FromLocale(reply.Card is { } card && CardElements.Inputs(card.Card).Count > 0 ? await LocaleAsync(conversation, cancellationToken) : null);

    private static SlackPlace Place(ConversationKey conversation) =>
        SlackConversations.TryParse(conversation, out var place) ? place : throw new ArgumentException($"Not a Slack app conversation: {conversation}", nameof(conversation));

    private static async Task<T> TranslateAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (SlackApiException e) when (e.IsUnreachable)
        {
            throw new ChatUnreachableException("slack " + e.Error, e);
        }
    }
}
