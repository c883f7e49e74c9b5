using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Teams;
using Pixfra.Rma.Slack.Inbound;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>The Teams staff channel (Support:StaffChannel): a thread per handoff by proactive create-conversation.</summary>
public sealed class TeamsStaffChannel(
    IProactiveMessenger messenger,
    IConversationReferenceStore references,
    IOptions<SupportOptions> options,
    IConfiguration configuration) : IStaffChannel
{
    public bool IsConfigured => options.Value.StaffChannel.IsConfigured;

    public bool IsHomeOf(ConversationKey distributorConversation) => !SlackConversations.TryParse(distributorConversation, out _);

    public async Task<StaffThread> StartThreadAsync(Handoff handoff, Reply card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        var channel = options.Value.StaffChannel;

        // The bot's own account as the distributor's chat knows it (28:<app id> in Teams).
        var reference = await references.FindAsync(handoff.DistributorConversation, cancellationToken);
        var botId = reference?.BotId is { Length: > 0 } id && reference.ChannelId == TeamsActivity.ChannelId ? id : $"28:{configuration["MicrosoftAppId"]}";
        var activity = RmaBotHandler.ToActivity(new Activity { ChannelId = TeamsActivity.ChannelId }, card);
        var parameters = TeamsConversations.ChannelThread(botId, channel.ConversationId!, channel.TenantId ?? string.Empty, activity);
        var created = await messenger.CreateConversationAsync(TeamsActivity.ChannelId, channel.ServiceUrl!, parameters, cancellationToken);
        return new StaffThread(created.Reference.Key, created.ActivityId);
    }
}
