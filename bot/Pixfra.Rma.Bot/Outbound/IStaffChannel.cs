using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Outbound;

/// <summary>A place where staff get handoff cards, one thread per handoff (a Teams channel or a Slack channel).</summary>
public interface IStaffChannel
{
    /// <summary>Its settings are there (Support:StaffChannel, Support:SlackStaffChannel).</summary>
    bool IsConfigured { get; }

    /// <summary>True when a handoff from <paramref name="distributorConversation"/> belongs here first (same platform).</summary>
    bool IsHomeOf(ConversationKey distributorConversation);

    /// <summary>Posts the card as the first message of a new thread; returns the thread and the card's message id.</summary>
    Task<StaffThread> StartThreadAsync(Handoff handoff, Reply card, CancellationToken cancellationToken);
}

/// <summary>A handoff's thread in a staff channel; replies there relay to the distributor.</summary>
public sealed record StaffThread(ConversationKey Thread, string? CardMessageId);
