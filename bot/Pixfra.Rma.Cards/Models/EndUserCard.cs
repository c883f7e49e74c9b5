namespace Pixfra.Rma.Cards.Models;

/// <summary>Sends an end user to their seller, with what to bring (P2). All of its text is static.</summary>
public sealed record EndUserCard : ICardModel
{
    public static string TemplateName => "end-user";
}
