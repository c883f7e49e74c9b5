namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// Many units at once: one unit per line, pasted from a spreadsheet. Lines that were refused come back in
/// the box with their reasons; the accepted ones are already on the RMA.
/// </summary>
public sealed record BulkLinesCard(string Units, IReadOnlyList<MessageView> Errors, string CaseToken, string Today) : ICardModel
{
    public static string TemplateName => "bulk-lines";

    public bool HasErrors => Errors.Count > 0;
}
