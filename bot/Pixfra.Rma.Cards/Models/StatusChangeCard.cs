namespace Pixfra.Rma.Cards.Models;

/// <summary>Tells the distributor's chat that staff moved one of their RMAs on (received, in repair, shipped back, closed).</summary>
public sealed record StatusChangeCard(string Number, string Title, string Message, string? Reason) : ICardModel
{
    public static string TemplateName => "status-change";

    public bool HasReason => Reason is not null;
}
