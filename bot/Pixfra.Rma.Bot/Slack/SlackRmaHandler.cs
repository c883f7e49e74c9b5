using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// The seam between the direct Slack app and the RMA conversation, like <c>RmaBotHandler</c> for Bot Framework:
/// Slack events and clicks become flow inputs (team + user as the speaker, so the directories resolve the
/// distributor), flow replies become Block Kit messages posted with <c>chat.postMessage</c>. In the Slack staff
/// channel it reads the handoff threads; the staff card's buttons are handled like Teams invokes.
/// </summary>
public sealed partial class SlackRmaHandler(
    RmaConversation conversation,
    SlackWebApiClient slack,
    OutboundDelivery delivery,
    IHandoffStore handoffs,
    ILogger<SlackRmaHandler> logger) : ISlackHandler
{
    public async Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        if (slackEvent.Type is SlackEvent.Message or SlackEvent.AppMention
            && await PlaceOfAsync(slackEvent, cancellationToken) is { } place)
        {
            await RunAsync(slackEvent.UserId, place, MessageInput(slackEvent), clickedTs: null, cancellationToken);
            return;
        }

        LogNotHandled(logger, slackEvent.Type);
    }

    public Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction is { Type: SlackInteraction.BlockActions, ChannelId: { } channel }
            && interaction.Actions is [{ ActionId: var actionId, Value: { } value }, ..]
            && ParseObject(value) is { } data)
        {
            // A click in a channel (the staff card) belongs to the thread of the clicked message.
            var place = channel.StartsWith('D')
                ? new SlackPlace(interaction.TeamId, channel, null)
                : new SlackPlace(interaction.TeamId, channel, interaction.MessageThreadTs ?? interaction.MessageTs);
            if (actionId.StartsWith(BlockKitRenderer.SubmitActionPrefix, StringComparison.Ordinal))
            {
                return RunAsync(interaction.UserId, place, TurnInput.Action(data), clickedTs: null, cancellationToken);
            }

            if (actionId.StartsWith(BlockKitRenderer.ExecuteActionPrefix, StringComparison.Ordinal)
                && data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var name))
            {
                return RunAsync(interaction.UserId, place, TurnInput.Execute(name, data), interaction.MessageTs, cancellationToken);
            }
        }

        return LogIgnored(interaction.Type);
    }

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

    private TurnInput MessageInput(SlackEvent slackEvent)
    {
        var text = WithoutMentions(slackEvent.Text ?? string.Empty);
        var files = SlackFiles.From(slackEvent, slack);
        return files.Count == 0 ? TurnInput.Message(text) : TurnInput.MessageWithFiles(text, files);
    }

    private async Task RunAsync(string userId, SlackPlace place, TurnInput input, string? clickedTs, CancellationToken cancellationToken)
    {
        var speaker = new Speaker(SlackConversations.ChannelId, userId, Name: null, TenantId: null, AadObjectId: null, SlackTeamId: place.TeamId);
        var output = await conversation.HandleAsync(SlackConversations.Key(place), speaker, input, cancellationToken);
        foreach (var reply in output.Replies)
        {
            await slack.PostMessageAsync(ToMessage(place.ChannelId, reply) with { ThreadTs = place.ThreadTs }, cancellationToken);
        }

        // Like a Teams invoke: the clicked card is replaced (unless the turn updates that message anyway), and a
        // refusal is shown only to whoever clicked.
        if (clickedTs is not null
            && output.InvokeCard is { } card
            && !output.OutboundMessages.Any(m => m.Kind == OutboundKind.Update && m.ActivityId == clickedTs))
        {
            await slack.UpdateMessageAsync(ToMessage(place.ChannelId, Reply.OfCard(card)), clickedTs, cancellationToken);
        }

        if (output.InvokeMessage is { } message)
        {
            await slack.PostEphemeralAsync(ToMessage(place.ChannelId, Reply.OfText(message)) with { ThreadTs = place.ThreadTs }, userId, cancellationToken);
        }

        // Staff thread, distributor chat, card updates: each through its platform, after the turn's state was saved.
        await delivery.DeliverAsync(output.OutboundMessages, cancellationToken);
    }

    public static SlackMessage ToMessage(string channel, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.Card?.FallbackText ?? reply.Text ?? string.Empty;
        return new SlackMessage(channel, BlockKitRenderer.Escape(text), BlockKitRenderer.RenderMessage(text, reply.Card?.Card));
    }

    // "<@U123> new rma" in a channel: the mention is how the bot was addressed, not part of what was said.
    private static string WithoutMentions(string text) => MentionPattern().Replace(text, string.Empty).Trim();

    private static JsonObject? ParseObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Task LogIgnored(string kind)
    {
        LogNotHandled(logger, kind);
        return Task.CompletedTask;
    }

    [GeneratedRegex("<@[A-Z0-9]+>")]
    private static partial Regex MentionPattern();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack {Kind} not handled yet")]
    private static partial void LogNotHandled(ILogger logger, string kind);
}
