using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Issue 8: when staff move an RMA on, the chat it was raised in gets a short card about it, in the distributor's language.</summary>
public static class StatusNotices
{
    private static readonly HashSet<RmaStatus> Announced =
        [RmaStatus.Received, RmaStatus.Inspecting, RmaStatus.InRepair, RmaStatus.ShippedBack, RmaStatus.Closed, RmaStatus.Rejected];

    public static async Task AddAsync(FlowTurn turn, RmaCase rmaCase, string? reason)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        if (rmaCase.RaisedIn is not { } chat || !Announced.Contains(rmaCase.Status))
        {
            return;
        }

        var distributor = await turn.Services.Distributors.GetAsync(rmaCase.DistributorId, turn.CancellationToken);
        var culture = BotCulture.FromLocale(distributor?.Value.PreferredLocale);
        var card = new StatusChangeCard(
            rmaCase.Number.ToString(),
            BotText.Format("StatusCard_Title", culture, rmaCase.Number),
            BotText.Get($"StatusCard_{rmaCase.Status}", culture),
            string.IsNullOrWhiteSpace(reason) ? null : BotText.Format("StatusCard_Reason", culture, reason));
        turn.Outbound.Add(OutboundMessage.Send(new ConversationKey(chat.ChannelId, chat.ConversationId), Reply.OfCard(CardRenderer.Render(card, culture))));
    }
}
