using NodaTime;

namespace Pixfra.Rma.Domain.Cases;

/// <summary>
/// One entry of a case's history: who did what, when. Most entries are status transitions (<see cref="From"/> →
/// <see cref="To"/>); staff actions that leave the status alone (a line excluded, information requested, a note)
/// keep <see cref="From"/> = <see cref="To"/> and say what happened in <see cref="Kind"/>.
/// </summary>
/// <param name="LineNumber">The product line the entry is about, if any.</param>
public sealed record StatusChange(
    RmaStatus From,
    RmaStatus To,
    Instant At,
    Actor Actor,
    string? Reason,
    CaseEventKind Kind = CaseEventKind.StatusChange,
    int? LineNumber = null);
