using System.Globalization;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// The seam between the direct Slack app and the RMA conversation, like <c>RmaBotHandler</c> for Bot Framework:
/// Slack events and clicks become flow inputs (team + user as the speaker, so the directories resolve the
/// distributor; the user's Slack locale as the turn's locale), flow replies become Block Kit messages posted with
/// <c>chat.postMessage</c>. A card with inputs is posted with "open the form" buttons and opened as a modal; its
/// submission comes back as the same card submit Teams sends. In the Slack staff channel it reads the handoff threads;
/// the staff card's buttons are handled like Teams invokes, and messages for other conversations go out through
/// <see cref="OutboundDelivery"/> after the turn's state was saved.
/// </summary>
public sealed partial class SlackRmaHandler(
    RmaConversation conversation,
    SlackWebApiClient slack,
    ISlackFormStore forms,
    SlackUserLocales locales,
    OutboundDelivery delivery,
    IHandoffStore handoffs,
    IConversationReferenceStore references,
    RecentConversationReferences recentReferences,
    ILogger<SlackRmaHandler> logger) : ISlackHandler
{
    public async Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);

        // file_shared is not a turn: a file sent in a DM also arrives as a message event (subtype file_share)
        // carrying the file, which is handled here; acting on both would take the same file twice.
        if (slackEvent.Type is SlackEvent.Message or SlackEvent.AppMention
            && await PlaceOfAsync(slackEvent, cancellationToken) is { } place)
        {
            var locale = await locales.GetAsync(slackEvent.TeamId, slackEvent.UserId, slack, cancellationToken);
            await RunAsync(slackEvent.UserId, place, MessageInput(slackEvent, locale), cancellationToken);
            return;
        }

        // Opening the app is Slack's "the bot was added" (Teams' conversationUpdate): the flow greets a new
        // conversation only, so opening it again says nothing.
        if (slackEvent is { Type: SlackEvent.AppHomeOpened, ChannelId: { } home } && home.StartsWith('D'))
        {
            var locale = await locales.GetAsync(slackEvent.TeamId, slackEvent.UserId, slack, cancellationToken);
            await RunAsync(slackEvent.UserId, new SlackPlace(slackEvent.TeamId, home, null), TurnInput.Started(locale), cancellationToken);
            return;
        }

        LogNotHandled(logger, slackEvent.Type);
    }

    public async Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction is not { Type: SlackInteraction.BlockActions, ChannelId: { } channel }
            || interaction.Actions is not [var clicked, ..]
            || SlackButtonValue.Read(clicked) is not { } button)
        {
            LogNotHandled(logger, interaction.Type);
            return;
        }

        // A click in a channel (the staff card) belongs to the thread of the clicked message.
        var place = channel.StartsWith('D')
            ? new SlackPlace(interaction.TeamId, channel, null)
            : new SlackPlace(interaction.TeamId, channel, interaction.MessageThreadTs ?? interaction.MessageTs);
        var locale = await locales.GetAsync(interaction.TeamId, interaction.UserId, slack, cancellationToken);
        switch (button)
        {
            case SlackButtonValue.Submit submit:
                await RunAsync(interaction.UserId, place, TurnInput.Action(submit.Data, locale), cancellationToken);
                break;
            case SlackButtonValue.Execute execute:
                var output = await TurnAsync(interaction.UserId, place, TurnInput.Execute(execute.Verb, execute.Data, locale), cancellationToken);
                await DeliverAsync(await PrepareAsync(place, interaction.UserId, interaction.MessageTs, output, locale, cancellationToken), cancellationToken);
                break;
            case SlackButtonValue.OpenForm open:
                await OpenFormAsync(interaction, place, open, locale, cancellationToken);
                break;
        }
    }

    public async Task<SlackViewResponse> HandleViewSubmissionAsync(SlackInteraction interaction, SlackFormMetadata form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(form);
        var place = new SlackPlace(interaction.TeamId, form.ChannelId, form.ThreadTs);
        var key = SlackConversations.Key(place);
        var locale = await locales.GetAsync(interaction.TeamId, interaction.UserId, slack, cancellationToken);
        var labels = SlackLabels.For(BotCulture.FromLocale(locale));
        var stored = await FindFormAsync(form.FormId, place, cancellationToken);
        var action = stored is null ? null : FormAction(stored.Card, form.ActionIndex);
        if (stored is not null && action is null)
        {
            // The stored card has no such form action: the metadata is not what the bot wrote.
            return SlackViewResponse.Close;
        }

        var values = CardFormValues.Read(interaction.View, stored?.Card);

        // The card's own rules first, as a Teams client checks them before it sends: the modal stays open with the reasons.
        if (stored is not null && CardFormRules.Check(stored.Card, values, labels) is { Count: > 0 } errors)
        {
            return SlackViewResponse.Errors(errors);
        }

        // The stored card says what the action is; without it (another process, a restart) the metadata does. The flow checks either.
        var (isExecute, verb, data) = action is not null ? (action.IsExecute, action.Verb, action.Data) : (form.IsExecute, form.Verb, form.Data);
        var submitted = CardFormValues.Merge(data, values);
        var input = isExecute ? TurnInput.Execute(verb ?? string.Empty, submitted, locale) : TurnInput.Action(submitted, locale);
        var output = await TurnAsync(interaction.UserId, place, input, cancellationToken);

        // The flow refused it: the same form comes back with what was typed and why. Show that in the modal, in place.
        var again = stored is null
            ? null
            : output.Replies.Select(r => r.Card).Append(output.InvokeCard)
                .FirstOrDefault(c => c is not null && c.TemplateName == stored.TemplateName && CardElements.ShowsErrors(c.Card));
        if (again is not null && FormAction(again.Card, form.ActionIndex) is { } againAction)
        {
            await forms.ReplaceAsync(form.FormId, stored! with { Card = again.Card }, cancellationToken);
            var view = SlackModalBuilder.Build(again.Card, againAction, SlackFormMetadata.From(form.FormId, againAction, form.ChannelId, form.MessageTs, form.ThreadTs).Write(), labels);
            var rest = output with { Replies = [.. output.Replies.Where(r => !ReferenceEquals(r.Card, again))], InvokeCard = ReferenceEquals(output.InvokeCard, again) ? null : output.InvokeCard };
            return SlackViewResponse.Update(view, FollowUp(await PrepareAsync(place, interaction.UserId, form.MessageTs, rest, locale, cancellationToken)));
        }

        return SlackViewResponse.Clear(FollowUp(await PrepareAsync(place, interaction.UserId, form.MessageTs, output, locale, cancellationToken)));
    }

    /// <summary>A flow reply as a Block Kit message, without forms (for messages sent outside a turn).</summary>
    public static SlackMessage ToMessage(string channel, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.Card?.FallbackText ?? reply.Text ?? string.Empty;
        return new SlackMessage(channel, BlockKitRenderer.Escape(text), BlockKitRenderer.RenderMessage(text, reply.Card?.Card));
    }

    /// <summary>
    /// A flow reply as a Block Kit message: a card with inputs is stored (under <paramref name="formsOf"/>) so that its
    /// buttons open it as a modal; a card that refreshes itself on Teams (the RMA number's countdown) gets a button that
    /// refreshes the message. Also used for messages sent outside a turn (the staff card's updates).
    /// </summary>
    public static async Task<SlackMessage> RenderAsync(
        ISlackFormStore forms, ConversationKey formsOf, string channel, string? threadTs, Reply reply, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Card is not { } card)
        {
            return ToMessage(channel, reply) with { ThreadTs = threadTs };
        }

        var formId = CardElements.Inputs(card.Card).Count > 0 ? await forms.AddAsync(formsOf, card.TemplateName, card.Card, cancellationToken) : null;
        var blocks = BlockKitRenderer.RenderMessage(card.FallbackText, card.Card, formId, SlackLabels.For(culture));
        return new SlackMessage(channel, BlockKitRenderer.Escape(card.FallbackText), blocks, threadTs);
    }

    private Task<SlackMessage> ToMessageAsync(SlackPlace place, Reply reply, CultureInfo culture, CancellationToken cancellationToken) =>
        RenderAsync(forms, SlackConversations.Key(place), place.ChannelId, place.ThreadTs, reply, culture, cancellationToken);

    /// <summary>
    /// The stored form, in its conversation; a card posted at the top of a channel became the root of its own thread
    /// once posted (the staff card), so its form is kept under the channel.
    /// </summary>
    private async Task<SlackStoredForm?> FindFormAsync(string formId, SlackPlace place, CancellationToken cancellationToken) =>
        await forms.FindAsync(formId, SlackConversations.Key(place), cancellationToken)
        ?? (place.ThreadTs is null ? null : await forms.FindAsync(formId, SlackConversations.Key(place.TeamId, place.ChannelId), cancellationToken));

    /// <summary>
    /// Where a message is answered, or null when the bot stays out of it. A DM is a conversation of its own. In a
    /// channel (the staff channel) the bot reads only the threads of handoffs, and answers a mention anywhere else in
    /// the mention's thread; the same words in a handoff thread come as a message and a mention, and count once.
    /// </summary>
    private async Task<SlackPlace?> PlaceOfAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        if (slackEvent.ChannelId is not { } channel)
        {
            return null;
        }

        if (channel.StartsWith('D'))
        {
            return new SlackPlace(slackEvent.TeamId, channel, null);
        }

        var inHandoffThread = slackEvent.ThreadTs is { } thread
            && await handoffs.FindByStaffThreadAsync(SlackConversations.Thread(slackEvent.TeamId, channel, thread), cancellationToken) is not null;
        return (slackEvent.Type, inHandoffThread) switch
        {
            (SlackEvent.Message, true) => new SlackPlace(slackEvent.TeamId, channel, slackEvent.ThreadTs),
            (SlackEvent.AppMention, false) when (slackEvent.ThreadTs ?? slackEvent.Ts) is { } ts => new SlackPlace(slackEvent.TeamId, channel, ts),
            _ => null,
        };
    }

    private async Task OpenFormAsync(SlackInteraction interaction, SlackPlace place, SlackButtonValue.OpenForm open, string? locale, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(locale);
        var stored = await FindFormAsync(open.FormId, place, cancellationToken);
        if (stored is null || FormAction(stored.Card, open.ActionIndex) is not { } action || interaction.TriggerId is not { } trigger)
        {
            await slack.PostEphemeralAsync(new SlackMessage(place.ChannelId, BotText.Get("Slack_Form_Gone", culture), ThreadTs: place.ThreadTs), interaction.UserId, cancellationToken);
            return;
        }

        var metadata = SlackFormMetadata.From(open.FormId, action, place.ChannelId, interaction.MessageTs, place.ThreadTs);
        await slack.OpenViewAsync(trigger, SlackModalBuilder.Build(stored.Card, action, metadata.Write(), SlackLabels.For(culture)), cancellationToken);
    }

    private static CardAction? FormAction(System.Text.Json.Nodes.JsonObject card, int index) =>
        CardElements.Actions(card).FirstOrDefault(a => a.Index == index && a.TakesInputs);

    private TurnInput MessageInput(SlackEvent slackEvent, string? locale)
    {
        var text = SlackText.ToPlain(slackEvent.Text ?? string.Empty);
        var files = SlackFiles.From(slackEvent, slack);
        return files.Count == 0 ? TurnInput.Message(text, locale) : TurnInput.MessageWithFiles(text, files, locale);
    }

    private async Task RunAsync(string userId, SlackPlace place, TurnInput input, CancellationToken cancellationToken)
    {
        var output = await TurnAsync(userId, place, input, cancellationToken);
        await DeliverAsync(await PrepareAsync(place, userId, null, output, input.Locale, cancellationToken), cancellationToken);
    }

    private async Task<TurnOutput> TurnAsync(string userId, SlackPlace place, TurnInput input, CancellationToken cancellationToken)
    {
        await RememberAsync(userId, place, input.Locale, cancellationToken);
        var speaker = new Speaker(SlackConversations.ChannelId, userId, Name: null, TenantId: null, AadObjectId: null, SlackTeamId: place.TeamId);
        return await conversation.HandleAsync(SlackConversations.Key(place), speaker, input, cancellationToken);
    }

    /// <summary>
    /// Like a Teams activity's reference: who the conversation is with and in which language, so what is sent later
    /// without a turn (reminders, status changes) is in the user's Slack language. Written only when it changed.
    /// </summary>
    private async Task RememberAsync(string userId, SlackPlace place, string? locale, CancellationToken cancellationToken)
    {
        var key = SlackConversations.Key(place);
        var reference = new ConversationReference(
            key.ChannelId, SlackOptions.SlackWebApi, key.ConversationId, place.IsDirectMessage ? "personal" : "channel",
            TenantId: place.TeamId, BotId: string.Empty, BotName: null, UserId: userId, UserName: null, UserAadObjectId: null, Locale: locale);
        if (!recentReferences.WasSaved(reference))
        {
            await references.SaveAsync(reference, cancellationToken);
            recentReferences.Saved(reference);
        }
    }

    // Rendered at once (forms are stored while the turn's lock is held), sent by DeliverAsync now or after a modal's answer.
    private async Task<SlackDelivery> PrepareAsync(SlackPlace place, string userId, string? clickedTs, TurnOutput output, string? locale, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(locale);
        var posts = new List<SlackMessage>();
        foreach (var reply in output.Replies)
        {
            posts.Add(await ToMessageAsync(place, reply, culture, cancellationToken));
        }

        // An Action.Execute answer replaces the clicked card on Teams: here, the clicked message is updated, unless
        // the turn updates that message anyway (the staff card, updated for everyone).
        var updatedAnyway = output.OutboundMessages.Any(m => m.Kind == OutboundKind.Update && m.ActivityId == clickedTs);
        var update = output.InvokeCard is { } card && clickedTs is not null && !updatedAnyway
            ? await ToMessageAsync(place, Reply.OfCard(card), culture, cancellationToken)
            : null;
        var notice = output.InvokeMessage is { } message ? new SlackMessage(place.ChannelId, BlockKitRenderer.Escape(message), ThreadTs: place.ThreadTs) : null;
        return new SlackDelivery(posts, update, clickedTs, notice, userId, output.OutboundMessages);
    }

    private Task DeliverAsync(SlackDelivery prepared, CancellationToken cancellationToken) => DeliverAsync(prepared, slack, delivery, cancellationToken);

    private static async Task DeliverAsync(SlackDelivery delivery, SlackWebApiClient client, OutboundDelivery outbound, CancellationToken cancellationToken)
    {
        if (delivery.Update is { } update && delivery.UpdateTs is { } ts)
        {
            await client.UpdateMessageAsync(update, ts, cancellationToken);
        }

        foreach (var post in delivery.Posts)
        {
            await client.PostMessageAsync(post, cancellationToken);
        }

        if (delivery.Notice is { } notice)
        {
            await client.PostEphemeralAsync(notice, delivery.UserId, cancellationToken);
        }

        // Staff thread, distributor chat, card updates: each through its platform, after the turn's state was saved.
        await outbound.DeliverAsync(delivery.Outbound, cancellationToken);
    }

    private static Func<IServiceProvider, CancellationToken, Task> FollowUp(SlackDelivery delivery) =>
        (services, cancellationToken) => DeliverAsync(
            delivery, services.GetRequiredService<SlackWebApiClient>(), services.GetRequiredService<OutboundDelivery>(), cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Kind} not handled")]
    private static partial void LogNotHandled(ILogger logger, string kind);

    private sealed record SlackDelivery(
        IReadOnlyList<SlackMessage> Posts, SlackMessage? Update, string? UpdateTs, SlackMessage? Notice, string UserId, IReadOnlyList<OutboundMessage> Outbound);
}
