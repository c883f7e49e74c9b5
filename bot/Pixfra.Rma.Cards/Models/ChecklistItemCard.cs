namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// One item of the pre-shipment checklist (P11), confirmed on its own with its consequence stated. The texts are
/// localised by the flow because they vary per item.
/// </summary>
public sealed record ChecklistItemCard(
    string Item,
    string Progress,
    string Title,
    string Instruction,
    string Consequence,
    string ConfirmTitle,
    string? DeclineTitle) : ICardModel
{
    public static string TemplateName => "checklist-item";

    public bool CanDecline => DeclineTitle is not null;
}
