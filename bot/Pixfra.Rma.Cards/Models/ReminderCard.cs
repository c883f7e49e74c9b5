namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// An expiry reminder about an issued RMA number (P12): which number, why it was sent now (days left or expired, and
/// the last day), the units on it, and the next step — open the RMA card to ship, or reissue an expired number.
/// </summary>
public sealed record ReminderCard(
    string Number,
    string Title,
    string Reason,
    string NextStep,
    bool IsExpired,
    IReadOnlyList<RmaNumberCardLine> Lines) : ICardModel
{
    public static string TemplateName => "rma-reminder";

    public bool HasLines => Lines.Count > 0;
}
