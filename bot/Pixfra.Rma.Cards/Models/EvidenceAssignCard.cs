namespace Pixfra.Rma.Cards.Models;

/// <summary>Several files arrived at once: the user says what each one is (or discards it).</summary>
/// <param name="Today">The latest shipment date the date picker offers (ISO, China date).</param>
public sealed record EvidenceAssignCard(
    IReadOnlyList<PendingFileView> Files,
    IReadOnlyList<MessageView> Messages,
    IReadOnlyList<MessageView> Errors,
    string Today,
    string CaseToken) : ICardModel
{
    public static string TemplateName => "evidence-assign";

    public bool HasErrors => Errors.Count > 0;
}

/// <param name="InputId">The choice input's id, <c>file{n}</c>: the server maps it back to the stored file.</param>
/// <param name="Value">The suggested place's key, or empty.</param>
public sealed record PendingFileView(string InputId, string Name, string Details, IReadOnlyList<ChoiceView> Choices, string Value);
