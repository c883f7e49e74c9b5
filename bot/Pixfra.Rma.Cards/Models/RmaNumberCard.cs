namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// The issued RMA number with its countdown (P12), the products, where to ship them (P14) and the replacement
/// terms (P15). The card refreshes itself (Action.Execute <c>rma.refresh</c>) so the countdown is current.
/// </summary>
public sealed record RmaNumberCard(
    string Number,
    string Countdown,
    bool IsExpired,
    IReadOnlyList<RmaNumberCardLine> Lines,
    RepairStationView Station,
    bool HasFiles = false) : ICardModel
{
    public static string TemplateName => "rma-number";
}

public sealed record RmaNumberCardLine(string SerialNumber, string Summary);

public sealed record RepairStationView(string Name, string Address);
