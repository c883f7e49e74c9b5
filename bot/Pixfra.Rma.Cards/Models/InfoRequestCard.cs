namespace Pixfra.Rma.Cards.Models;

/// <summary>A question from a support person, in the distributor's chat; the button asks for a person to answer to.</summary>
public sealed record InfoRequestCard(string From, string Question, string? CaseLine) : ICardModel
{
    public static string TemplateName => "info-request";

    public bool HasCase => CaseLine is not null;
}
