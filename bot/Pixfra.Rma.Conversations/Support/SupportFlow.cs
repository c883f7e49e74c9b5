using System.Globalization;
using System.Security.Cryptography;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Conversations.Support;

/// <summary>Registration requests and unverified warranties: recorded for staff, with a reference. "Talk to support" is a handoff (Takeover/).</summary>
public static class SupportFlow
{
    public static async Task<SupportRequest> RecordAsync(FlowTurn turn, SupportRequestKind kind, string? rmaNumber, string? details)
    {
        var request = new SupportRequest(
            NewId(turn),
            kind,
            turn.Conversation.ChannelId,
            turn.Conversation.ConversationId,
            turn.Speaker.UserId,
            turn.Speaker.Name,
            turn.Speaker.TenantId,
            turn.Speaker.AadObjectId,
            turn.State.DistributorId,
            rmaNumber,
            details,
            turn.Now);
        await turn.Services.SupportRequests.AddAsync(request, turn.CancellationToken);
        return request;
    }

    private static string NewId(FlowTurn turn) =>
        $"REQ-{ChinaTime.DateAt(turn.Now).ToString("uuuuMMdd", CultureInfo.InvariantCulture)}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}";
}
