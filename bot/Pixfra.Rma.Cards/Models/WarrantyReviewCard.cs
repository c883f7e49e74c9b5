namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// The warranty verdict of every unit with its working (P4–P9) and what happens next; in a draft, the
/// step before the RMA number is issued.
/// </summary>
public sealed record WarrantyReviewCard(
    string Title,
    IReadOnlyList<ReviewLineView> Lines,
    string? Note,
    bool CanConfirm,
    bool IsDraft,
    bool OfferSupport,
    string CaseToken,
    bool OfferEvidence = false) : ICardModel
{
    public static string TemplateName => "warranty-review";

    public bool HasNote => Note is not null;
}

/// <param name="OutcomeColor">An Adaptive Card text color: Good, Warning or Attention.</param>
/// <param name="Files">The unit's photos and documents, filed or missing; empty outside a case.</param>
public sealed record ReviewLineView(string Heading, string Outcome, string OutcomeColor, IReadOnlyList<MessageView> Explanation, IReadOnlyList<EvidenceItemView>? Files = null)
{
    public bool HasFiles => Files is { Count: > 0 };
}
