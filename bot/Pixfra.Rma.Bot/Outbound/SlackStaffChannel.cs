using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Slack;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>
/// The Slack staff channel (Support:SlackStaffChannel): the card is a message in the channel, and its thread
/// (<c>T…:C…/{ts}</c>) is the handoff's thread; the card's ts is the message to update.
/// </summary>
public sealed class SlackStaffChannel(SlackWebApiClient slack, IOptions<SupportOptions> options) : IStaffChannel
{
    public bool IsConfigured => options.Value.SlackStaffChannel.IsConfigured;

    public bool IsHomeOf(ConversationKey distributorConversation) => SlackConversations.TryParse(distributorConversation, out _);

    public async Task<StaffThread> StartThreadAsync(Handoff handoff, Reply card, CancellationToken cancellationToken)
    {
        var channel = options.Value.SlackStaffChannel;
        var ts = await slack.PostMessageAsync(SlackRmaHandler.ToMessage(channel.ChannelId!, card), cancellationToken);
        return new StaffThread(SlackConversations.Thread(channel.TeamId!, channel.ChannelId!, ts), ts);
    }
}
