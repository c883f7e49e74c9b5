using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Lines;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.WarrantyCheck;

/// <summary>
/// "warranty &lt;SN&gt;" at any time, without opening an RMA: the verdict from the factory delivery date (P4), as
/// no invoice is given here, with the same working as in an RMA.
/// </summary>
public static class WarrantyCheckFlow
{
    public static async Task CheckAsync(FlowTurn turn, string? typed)
    {
        if (!SerialNumber.TryParse(typed, out var serialNumber, out var problem))
        {
            turn.Say("Warranty_Check_Usage", LineProblems.Describe(turn, "SerialNumber", problem));
            return;
        }

        var models = turn.Services.Catalog.Models.Where(m => m.Accepts(serialNumber)).Take(2).ToList();
        if (models.Count != 1)
        {
            turn.Say("Warranty_Check_UnknownModel", serialNumber);
            return;
        }

        var model = models[0];
        var shipment = await turn.Services.Registry.FindAsync(serialNumber, turn.CancellationToken);
        var facts = new ProductLineFacts(turn.Services.Catalog.CategoryOf(model), model.HasRemovableBattery, serialNumber, null, null, shipment?.DeliveredOn, TamperAnswers.None);
        var assessment = turn.Services.Warranty.Evaluate(facts, turn.Today);
        var (outcome, color, kind) = Verdicts.Outcome(turn, assessment);
        var explanation = Cards.Text.WarrantyExplanation.Explain(assessment, turn.Culture).Select(t => new MessageView(t)).ToList();
        turn.Card(new WarrantyReviewCard(
            turn.Text("Warranty_Check_Title", serialNumber),
            [new ReviewLineView($"{serialNumber} · {model.Code}", outcome, color, explanation)],
            turn.Text("Warranty_Check_Note"),
            CanConfirm: false,
            IsDraft: false,
            OfferSupport: kind == LineOutcome.Unverified,
            string.Empty));
    }
}
