using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Issue;

/// <summary>
/// The RMA number card (P12, P14, P15) as of the turn's instant: the countdown is computed each time the card
/// is shown or refreshed, so it is never stale.
/// </summary>
public static class RmaCardView
{
    public static async Task<RenderedCard> RenderAsync(FlowTurn turn, RmaCase rmaCase)
    {
        var station = rmaCase.RepairStationId is null
            ? null
            : (await turn.Services.Stations.GetAsync(rmaCase.RepairStationId, turn.CancellationToken))?.Value;
        var status = EffectiveStatus(rmaCase, turn.Now);
        var lines = rmaCase.CoveredLines
            .Select(l => new RmaNumberCardLine(l.SerialNumber.ToString(), $"{l.ModelCode} · {Verdicts.Outcome(turn, l.Assessment).Text}{(l.NoSubstitute ? " · " + turn.Text("Rma_NoSubstitute_Short") : string.Empty)}"))
            .ToList();
        return turn.Render(new RmaNumberCard(
            rmaCase.Number.ToString(),
            Countdown(turn, rmaCase),
            status is RmaStatus.Expired,
            lines,
            station is null
                ? new RepairStationView(turn.Text("Rma_Station_Unknown"), string.Empty)
                : new RepairStationView(station.Name, station.Address),
            HasFiles: rmaCase.Evidence.Count > 0));
    }

    /// <summary>Authorized numbers whose window has passed are expired even before the background job records it.</summary>
    public static RmaStatus EffectiveStatus(RmaCase rmaCase, NodaTime.Instant now) =>
        rmaCase.Status == RmaStatus.Authorized && rmaCase.Validity?.IsExpiredAt(now) == true ? RmaStatus.Expired : rmaCase.Status;

    public static string Countdown(FlowTurn turn, RmaCase rmaCase)
    {
        var validity = rmaCase.Validity;
        var status = EffectiveStatus(rmaCase, turn.Now);
        return (status, validity) switch
        {
            (RmaStatus.Superseded, _) => turn.Text("Countdown_Superseded", rmaCase.SupersededBy),
            (RmaStatus.Expired, { } v) => turn.Text("Countdown_Expired", turn.Date(v.LastDay)),
            (RmaStatus.Authorized, { } v) => v.DaysLeftAt(turn.Now) switch
            {
                0 => turn.Text("Countdown_LastDay", turn.Date(v.LastDay)),
                1 => turn.Text("Countdown_OneDay", turn.Date(v.LastDay)),
                var days => turn.Text("Countdown_DaysLeft", days, turn.Date(v.LastDay)),
            },
            _ => turn.Text($"Status_{status}"),
        };
    }
}
