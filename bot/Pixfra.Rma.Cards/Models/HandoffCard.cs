namespace Pixfra.Rma.Cards.Models;

/// <summary>
/// The card staff see in the staff channel for one handoff: who asks about what, why, what is missing, the last
/// messages, and the buttons (Action.Execute, so a click refreshes the card in place).
/// </summary>
public sealed record HandoffCard(
    string HandoffId,
    string Title,
    string Status,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<LineSummaryView> Lines,
    IReadOnlyList<MessageView> Checklist,
    IReadOnlyList<MessageView> Missing,
    IReadOnlyList<FactView> Transcript,
    bool CanClaim,
    bool IsActive,
    bool CanHandBack,
    IReadOnlyList<ChoiceView> Steps) : ICardModel
{
    public static string TemplateName => "handoff";

    public bool HasLines => Lines.Count > 0;

    public bool HasChecklist => Checklist.Count > 0;

    public bool HasMissing => Missing.Count > 0;

    public bool HasTranscript => Transcript.Count > 0;
}

/// <summary>A label and its value (an Adaptive Card fact).</summary>
public sealed record FactView(string Title, string Value);
