namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// The photos and documents of a draft (P10, P13): each place with its file or "missing", the one to send next,
/// and what happened to the files just sent.
/// </summary>
/// <param name="Next">What to send next, or that everything is there.</param>
/// <param name="OfferSupport">After several refused files in a row: a person can help.</param>
public sealed record EvidenceRequestCard(
    IReadOnlyList<EvidenceItemView> Items,
    string Next,
    IReadOnlyList<MessageView> Messages,
    bool OfferSupport,
    string CaseToken) : ICardModel
{
    public static string TemplateName => "evidence-request";
}

/// <param name="Color">An Adaptive Card text color: Good when filed, Attention when missing.</param>
public sealed record EvidenceItemView(string Label, string Status, string Color);
