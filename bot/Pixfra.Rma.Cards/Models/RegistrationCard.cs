namespace Pixfra.Rma.Cards.Models;

/// <summary>Tells a self-declared distributor how to get registered; their request was recorded for staff (P1).</summary>
public sealed record RegistrationCard(string Reference) : ICardModel
{
    public static string TemplateName => "registration";
}
