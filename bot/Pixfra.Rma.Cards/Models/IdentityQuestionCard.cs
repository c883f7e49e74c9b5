namespace Pixfra.Rma.Cards.Models;

/// <summary>Asks an unknown user whether they are an authorized distributor or an end user (P1, P2).</summary>
public sealed record IdentityQuestionCard(string? Error) : ICardModel
{
    public static string TemplateName => "identity-question";

    public bool HasError => Error is not null;
}
