using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Issue;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.MyRmas;

/// <summary>
/// P12: an expired number is reissued in one click — a new number and a new 30-day window for the same units,
/// the old number linked as superseded. A number still valid cannot be reissued.
/// </summary>
public static class ReissueFlow
{
    public static async Task ReissueAsync(FlowTurn turn, string? typedNumber)
    {
        var stored = await MyRmasFlow.FindOwnAsync(turn, typedNumber);
        if (stored is null)
        {
            return;
        }

        var rmaCase = stored.Value;
        switch (RmaCardView.EffectiveStatus(rmaCase, turn.Now))
        {
            case RmaStatus.Superseded when rmaCase.SupersededBy is { } newer:
                // A second click, or a reissue asked twice: show the number already given.
                turn.Say("Reissue_AlreadyReissued", rmaCase.Number, newer);
                if (await turn.Services.Cases.GetAsync(newer, turn.CancellationToken) is { } reissued)
                {
                    turn.Replies.Add(Reply.OfCard(await RmaCardView.RenderAsync(turn, reissued.Value)));
                }

                return;
            case RmaStatus.Authorized:
                turn.Say("Reissue_StillValid", rmaCase.Number, turn.Date(rmaCase.Validity!.LastDay));
                return;
            case RmaStatus.Expired:
                break;
            default:
                turn.Say("Reissue_NotPossible", rmaCase.Number, turn.Text($"Status_{rmaCase.Status}"));
                return;
        }

        var expired = rmaCase.Status == RmaStatus.Expired ? rmaCase : rmaCase.Expire(turn.Now);
        var fresh = await NewCases.InsertAsync(turn, turn.Services.Numbers.Draw(), number => expired.Reissue(number, turn.Now, turn.Actor).Reissued with { RaisedIn = turn.RaisedHere });
        var superseded = expired.Reissue(fresh.Number, turn.Now, turn.Actor).Superseded;
        try
        {
            await turn.Services.Cases.SaveAsync(superseded, stored.ETag, turn.CancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            // The expiry scan may have recorded the expiry meanwhile (its only change): supersede what it wrote.
            var moved = await turn.Services.Cases.GetAsync(rmaCase.Number, turn.CancellationToken);
            if (moved is not { Value: { Status: RmaStatus.Expired, SupersededBy: null } })
            {
                throw;
            }

            await turn.Services.Cases.SaveAsync(moved.Value.Reissue(fresh.Number, turn.Now, turn.Actor).Superseded, moved.ETag, turn.CancellationToken);
        }
        turn.Say("Reissue_Done", rmaCase.Number, fresh.Number);
        turn.Replies.Add(Reply.OfCard(await RmaCardView.RenderAsync(turn, fresh)));
    }
}
