using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>
/// Puts a validated unit on the draft: refuses a serial number already on this RMA or on another open one,
/// looks up the factory delivery date (P4), evaluates the warranty (P4–P9) and flags catalog mismatches (P13).
/// </summary>
public static class UnitAcceptance
{
    private static readonly RmaStatus[] ClosedStatuses = [RmaStatus.Superseded, RmaStatus.Closed, RmaStatus.Cancelled, RmaStatus.Rejected, RmaStatus.Expired];

    /// <summary>The line added, or the reason it was refused.</summary>
    public static async Task<(RmaLine? Line, string? Refusal)> TryAddAsync(FlowTurn turn, UnitEntry unit)
    {
        var draft = turn.State.Draft!;
        if (draft.Lines.Count >= turn.Services.Options.MaxLinesPerRma)
        {
            return (null, turn.Text("Line_Error_TooMany", turn.Services.Options.MaxLinesPerRma));
        }

        if (draft.Lines.Any(l => l.SerialNumber == unit.SerialNumber))
        {
            return (null, turn.Text("Line_Error_Duplicate_InRma", unit.SerialNumber));
        }

        var open = (await turn.Services.Cases.FindBySerialNumberAsync(unit.SerialNumber, turn.CancellationToken))
            .Select(c => c.Value)
            .FirstOrDefault(c => !ClosedStatuses.Contains(c.Status) && c.Number != draft.Number);
        if (open is not null)
        {
            // Another organisation's RMA number is theirs: say only that the unit is already on one.
            return (null, open.DistributorId == draft.DistributorId
                ? turn.Text("Line_Error_Duplicate_OpenRma", unit.SerialNumber, open.Number)
                : turn.Text("Line_Error_Duplicate_Elsewhere", unit.SerialNumber));
        }

        var shipment = await turn.Services.Registry.FindAsync(unit.SerialNumber, turn.CancellationToken);
        var category = turn.Services.Catalog.CategoryOf(unit.Model);
        var facts = new ProductLineFacts(category, unit.Model.HasRemovableBattery, unit.SerialNumber, unit.PartNumber, unit.InvoiceDate, shipment?.DeliveredOn, unit.Tamper);
        var assessment = turn.Services.Warranty.Evaluate(facts, turn.Today);
        var line = new RmaLine(
            draft.Lines.Count == 0 ? 1 : draft.Lines.Max(l => l.LineNumber) + 1,
            unit.Model.Code,
            unit.SerialNumber,
            unit.PartNumber,
            unit.Fault,
            unit.Tamper,
            unit.InvoiceDate,
            shipment?.DeliveredOn,
            assessment,
            unit.Model.Check(unit.SerialNumber, unit.PartNumber),
            unit.NoSubstitute);
        turn.State = turn.State with { Draft = draft.WithLines([.. draft.Lines, line]) };
        return (line, null);
    }
}
