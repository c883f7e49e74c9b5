using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// The seam between the direct Slack app and the RMA conversation, like <c>RmaBotHandler</c> for Bot Framework:
/// Slack events and clicks become flow inputs (team + user as the speaker, so the directories resolve the
/// distributor), flow replies become Block Kit messages posted with <c>chat.postMessage</c>.
/// </summary>
public sealed partial class SlackRmaHandler(RmaConversation conversation, SlackWebApiClient slack, ILogger<SlackRmaHandler> logger) : ISlackHandler
{
    public Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        return slackEvent.Type switch
        {
            SlackEvent.Message or SlackEvent.AppMention when slackEvent.ChannelId is { } channel =>
                RunAsync(slackEvent.TeamId, slackEvent.UserId, channel, MessageInput(slackEvent), cancellationToken),
            _ => LogIgnored(slackEvent.Type),
        };
    }

    public Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction is { Type: SlackInteraction.BlockActions, ChannelId: { } channel }
            && interaction.Actions is [{ ActionId: var actionId, Value: { } value }, ..]
            && actionId.StartsWith(BlockKitRenderer.SubmitActionPrefix, StringComparison.Ordinal)
            && ParseObject(value) is { } data)
        {
            return RunAsync(interaction.TeamId, interaction.UserId, channel, TurnInput.Action(data), cancellationToken);
        }

        return LogIgnored(interaction.Type);
    }

    private TurnInput MessageInput(SlackEvent slackEvent)
    {
        var text = WithoutMentions(slackEvent.Text ?? string.Empty);
        var files = SlackFiles.From(slackEvent, slack);
        return files.Count == 0 ? TurnInput.Message(text) : TurnInput.MessageWithFiles(text, files);
    }

    private async Task RunAsync(string teamId, string userId, string channel, TurnInput input, CancellationToken cancellationToken)
    {
        var speaker = new Speaker(SlackConversations.ChannelId, userId, Name: null, TenantId: null, AadObjectId: null, SlackTeamId: teamId);
        var output = await conversation.HandleAsync(SlackConversations.Key(teamId, channel), speaker, input, cancellationToken);
        foreach (var reply in output.Replies)
        {
            await slack.PostMessageAsync(ToMessage(channel, reply), cancellationToken);
        }

        if (output.OutboundMessages.Count > 0)
        {
            // Staff takeover through a Slack staff channel is not built yet (issue 10); the turn's state is saved.
            LogOutboundNotDelivered(logger, output.OutboundMessages.Count);
        }
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} messages to other conversations not delivered: takeover from Slack is not built yet")]
    private static partial void LogOutboundNotDelivered(ILogger logger, int count);
}
