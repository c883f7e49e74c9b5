using System.Globalization;
using System.Text.RegularExpressions;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Proactive;
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
/// submission comes back as the same card submit Teams sends.
/// </summary>
public sealed partial class SlackRmaHandler(
    RmaConversation conversation,
    SlackWebApiClient slack,
    ISlackFormStore forms,
    SlackUserLocales locales,
    ILogger<SlackRmaHandler> logger) : ISlackHandler
{
    public async Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        switch (slackEvent.Type)
        {
            // file_shared is not a turn: a file sent in a DM also arrives as a message event (subtype file_share)
            // carrying the file, which is handled here; acting on both would take the same file twice.
            case SlackEvent.Message or SlackEvent.AppMention when slackEvent.ChannelId is { } channel:
                var locale = await locales.GetAsync(slackEvent.TeamId, slackEvent.UserId, slack, cancellationToken);
                await RunAsync(slackEvent.TeamId, slackEvent.UserId, channel, MessageInput(slackEvent, locale), cancellationToken);
                break;
            default:
                LogNotHandled(logger, slackEvent.Type);
                break;
        }
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

        var locale = await locales.GetAsync(interaction.TeamId, interaction.UserId, slack, cancellationToken);
        switch (button)
        {
            case SlackButtonValue.Submit submit:
                await RunAsync(interaction.TeamId, interaction.UserId, channel, TurnInput.Action(submit.Data, locale), cancellationToken);
                break;
            case SlackButtonValue.Execute execute:
                var output = await TurnAsync(interaction.TeamId, interaction.UserId, channel, TurnInput.Execute(execute.Verb, execute.Data, locale), cancellationToken);
                await DeliverAsync(await PrepareAsync(interaction.TeamId, channel, interaction.UserId, interaction.MessageTs, output, locale, cancellationToken), cancellationToken);
                break;
            case SlackButtonValue.OpenForm open:
                await OpenFormAsync(interaction, channel, open, locale, cancellationToken);
                break;
        }
    }

    public async Task<SlackViewResponse> HandleViewSubmissionAsync(SlackInteraction interaction, SlackFormMetadata form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(form);
        var key = SlackConversations.Key(interaction.TeamId, form.ChannelId);
        var locale = await locales.GetAsync(interaction.TeamId, interaction.UserId, slack, cancellationToken);
        var labels = SlackLabels.For(BotCulture.FromLocale(locale));
        var stored = await forms.FindAsync(form.FormId, key, cancellationToken);
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
        var output = await TurnAsync(interaction.TeamId, interaction.UserId, form.ChannelId, input, cancellationToken);

        // The flow refused it: the same form comes back with what was typed and why. Show that in the modal, in place.
        var again = stored is null
            ? null
            : output.Replies.Select(r => r.Card).Append(output.InvokeCard)
                .FirstOrDefault(c => c is not null && c.TemplateName == stored.TemplateName && CardElements.ShowsErrors(c.Card));
        if (again is not null && FormAction(again.Card, form.ActionIndex) is { } againAction)
        {
            await forms.ReplaceAsync(form.FormId, stored! with { Card = again.Card }, cancellationToken);
            var view = SlackModalBuilder.Build(again.Card, againAction, SlackFormMetadata.From(form.FormId, againAction, form.ChannelId, form.MessageTs).Write(), labels);
            var rest = output with { Replies = [.. output.Replies.Where(r => !ReferenceEquals(r.Card, again))], InvokeCard = ReferenceEquals(output.InvokeCard, again) ? null : output.InvokeCard };
            return SlackViewResponse.Update(view, FollowUp(await PrepareAsync(interaction.TeamId, form.ChannelId, interaction.UserId, form.MessageTs, rest, locale, cancellationToken)));
        }

        return SlackViewResponse.Clear(FollowUp(await PrepareAsync(interaction.TeamId, form.ChannelId, interaction.UserId, form.MessageTs, output, locale, cancellationToken)));
    }

    /// <summary>A flow reply as a Block Kit message, without forms (for messages sent outside a turn).</summary>
    public static SlackMessage ToMessage(string channel, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.Card?.FallbackText ?? reply.Text ?? string.Empty;
        return new SlackMessage(channel, BlockKitRenderer.Escape(text), BlockKitRenderer.RenderMessage(text, reply.Card?.Card));
    }

    /// <summary>
    /// A flow reply as a Block Kit message: a card with inputs is stored so that its buttons open it as a modal; a card
    /// that refreshes itself on Teams (the RMA number's countdown) gets a button that refreshes the message.
    /// </summary>
    private async Task<SlackMessage> ToMessageAsync(ConversationKey key, string channel, Reply reply, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (reply.Card is not { } card)
        {
            return ToMessage(channel, reply);
        }

        var formId = CardElements.Inputs(card.Card).Count > 0 ? await forms.AddAsync(key, card.TemplateName, card.Card, cancellationToken) : null;
        return new SlackMessage(channel, BlockKitRenderer.Escape(card.FallbackText), BlockKitRenderer.RenderMessage(card.FallbackText, card.Card, formId, SlackLabels.For(culture)));
    }

    private async Task OpenFormAsync(SlackInteraction interaction, string channel, SlackButtonValue.OpenForm open, string? locale, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(locale);
        var stored = await forms.FindAsync(open.FormId, SlackConversations.Key(interaction.TeamId, channel), cancellationToken);
        if (stored is null || FormAction(stored.Card, open.ActionIndex) is not { } action || interaction.TriggerId is not { } trigger)
        {
            await slack.PostEphemeralAsync(new SlackMessage(channel, BotText.Get("Slack_Form_Gone", culture)), interaction.UserId, cancellationToken);
            return;
        }

        var metadata = SlackFormMetadata.From(open.FormId, action, channel, interaction.MessageTs);
        await slack.OpenViewAsync(trigger, SlackModalBuilder.Build(stored.Card, action, metadata.Write(), SlackLabels.For(culture)), cancellationToken);
    }

    private static CardAction? FormAction(System.Text.Json.Nodes.JsonObject card, int index) =>
        CardElements.Actions(card).FirstOrDefault(a => a.Index == index && a.TakesInputs);

    private TurnInput MessageInput(SlackEvent slackEvent, string? locale)
    {
        var text = WithoutMentions(slackEvent.Text ?? string.Empty);
        var files = SlackFiles.From(slackEvent, slack);
        return files.Count == 0 ? TurnInput.Message(text, locale) : TurnInput.MessageWithFiles(text, files, locale);
    }

    private async Task RunAsync(string teamId, string userId, string channel, TurnInput input, CancellationToken cancellationToken)
    {
        var output = await TurnAsync(teamId, userId, channel, input, cancellationToken);
        await DeliverAsync(await PrepareAsync(teamId, channel, userId, null, output, input.Locale, cancellationToken), cancellationToken);
    }

    private Task<TurnOutput> TurnAsync(string teamId, string userId, string channel, TurnInput input, CancellationToken cancellationToken)
    {
        var speaker = new Speaker(SlackConversations.ChannelId, userId, Name: null, TenantId: null, AadObjectId: null, SlackTeamId: teamId);
        return conversation.HandleAsync(SlackConversations.Key(teamId, channel), speaker, input, cancellationToken);
    }

    // Rendered at once (forms are stored while the turn's lock is held), sent by DeliverAsync now or after a modal's answer.
    private async Task<SlackDelivery> PrepareAsync(string teamId, string channel, string userId, string? clickedTs, TurnOutput output, string? locale, CancellationToken cancellationToken)
    {
        var culture = BotCulture.FromLocale(locale);
        var key = SlackConversations.Key(teamId, channel);
        var posts = new List<SlackMessage>();
        foreach (var reply in output.Replies)
        {
            posts.Add(await ToMessageAsync(key, channel, reply, culture, cancellationToken));
        }

        // An Action.Execute answer replaces the clicked card on Teams: here, the clicked message is updated.
        var update = output.InvokeCard is { } card && clickedTs is not null ? await ToMessageAsync(key, channel, Reply.OfCard(card), culture, cancellationToken) : null;
        var notice = output.InvokeMessage is { } message ? new SlackMessage(channel, BlockKitRenderer.Escape(message)) : null;
        return new SlackDelivery(posts, update, clickedTs, notice, userId, output.OutboundMessages.Count);
    }

    private async Task DeliverAsync(SlackDelivery delivery, CancellationToken cancellationToken) => await DeliverAsync(delivery, slack, cancellationToken);

    private async Task DeliverAsync(SlackDelivery delivery, SlackWebApiClient client, CancellationToken cancellationToken)
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

        if (delivery.OutboundCount > 0)
        {
            // Staff takeover through a Slack staff channel is not built yet (issue 10); the turn's state is saved.
            LogOutboundNotDelivered(logger, delivery.OutboundCount);
        }
    }

    private Func<IServiceProvider, CancellationToken, Task> FollowUp(SlackDelivery delivery) =>
        (services, cancellationToken) => DeliverAsync(delivery, services.GetRequiredService<SlackWebApiClient>(), cancellationToken);

    // "<@U123> new rma" in a channel: the mention is how the bot was addressed, not part of what was said.
    private static string WithoutMentions(string text) => MentionPattern().Replace(text, string.Empty).Trim();

    [GeneratedRegex("<@[A-Z0-9]+>")]
    private static partial Regex MentionPattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Kind} not handled")]
    private static partial void LogNotHandled(ILogger logger, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} messages to other conversations not delivered: takeover from Slack is not built yet")]
    private static partial void LogOutboundNotDelivered(ILogger logger, int count);

    private sealed record SlackDelivery(IReadOnlyList<SlackMessage> Posts, SlackMessage? Update, string? UpdateTs, SlackMessage? Notice, string UserId, int OutboundCount);
}
