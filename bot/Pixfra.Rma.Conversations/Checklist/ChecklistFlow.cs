using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Lines;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Checklist;

/// <summary>
/// P11: before a number is issued the distributor confirms, one card at a time, that they backed up the
/// data, deleted private information and restored factory settings, each with its consequence stated. Each
/// answer is recorded on the draft with its time. Only the factory reset may be declined.
/// </summary>
public static class ChecklistFlow
{
    private static readonly ChecklistItem[] Items = Enum.GetValues<ChecklistItem>();

    public static void Start(FlowTurn turn, RmaCase draft)
    {
        turn.State = turn.State with { Step = FlowStep.Checklist, ChecklistIndex = 0, Draft = draft };
        ShowCurrent(turn);
    }

    public static void ShowCurrent(FlowTurn turn)
    {
        var index = Math.Clamp(turn.State.ChecklistIndex, 0, Items.Length - 1);
        var item = Items[index];
        turn.Card(new ChecklistItemCard(
            item.ToString(),
            turn.Text("Checklist_Progress", index + 1, Items.Length),
            turn.Text($"Checklist_{item}_Title"),
            turn.Text($"Checklist_{item}_Instruction"),
            turn.Text($"Checklist_{item}_Consequence"),
            turn.Text($"Checklist_{item}_Confirm"),
            ChecklistAnswer.MayBeDeclined(item) ? turn.Text($"Checklist_{item}_Decline") : null));
    }

    public static void Answer(FlowTurn turn, string? itemName, bool confirmed)
    {
        var draft = turn.State.Draft!;
        var current = Items[Math.Clamp(turn.State.ChecklistIndex, 0, Items.Length - 1)];
        if (!Enum.TryParse<ChecklistItem>(itemName, ignoreCase: false, out var item) || item != current)
        {
            turn.Say("Flow_StaleCard");
            ShowCurrent(turn);
            return;
        }

        if (!confirmed && !ChecklistAnswer.MayBeDeclined(item))
        {
            turn.Say("Checklist_MustConfirm");
            ShowCurrent(turn);
            return;
        }

        draft = draft.WithChecklistAnswer(new ChecklistAnswer(item, confirmed, turn.Now));
        if (!confirmed)
        {
            turn.Say($"Checklist_{item}_Declined");
        }

        var next = Array.IndexOf(Items, item) + 1;
        if (next < Items.Length)
        {
            turn.State = turn.State with { Draft = draft, ChecklistIndex = next };
            ShowCurrent(turn);
            return;
        }

        turn.State = turn.State with { Draft = draft };
        LineFlow.ShowForm(turn, values: null, errors: []);
    }
}
