using NodaTime;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Domain.Cases;

/// <summary>
/// One return authorization, from draft to closed. Immutable: every operation returns the next version
/// of the case and appends to <see cref="History"/>, so who changed what, and when, is always known.
/// </summary>
/// <param name="Number">Reserved when the draft starts; shown to the distributor only once authorized.</param>
/// <param name="PolicyVersion">The policy text the warranty was evaluated under (the policy may be amended at any time).</param>
/// <param name="RepairStationId">Where the units go (clause P14), from the distributor's region.</param>
/// <param name="RaisedIn">The chat the number was issued (or reissued) in: reminders and status updates go there.</param>
public sealed record RmaCase(
    RmaNumber Number,
    string DistributorId,
    RmaStatus Status,
    IReadOnlyList<RmaLine> Lines,
    IReadOnlyList<ChecklistAnswer> Checklist,
    IReadOnlyList<EvidenceReference> Evidence,
    RmaValidity? Validity,
    string? RepairStationId,
    string PolicyVersion,
    RmaNumber? Supersedes,
    RmaNumber? SupersededBy,
    Instant CreatedAt,
    IReadOnlyList<StatusChange> History,
    ConversationAddress? RaisedIn = null)
{
    public static RmaCase StartDraft(RmaNumber number, string distributorId, string policyVersion, string? repairStationId, Instant at) =>
        new(number, distributorId, RmaStatus.Draft, [], [], [], null, repairStationId, policyVersion, null, null, at, []);

    public RmaCase WithLines(IReadOnlyList<RmaLine> lines)
    {
        RequireDraft("change its product lines");
        return this with { Lines = lines };
    }

    public RmaCase WithChecklistAnswer(ChecklistAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        RequireDraft("change its checklist");
        if (!answer.Confirmed && !ChecklistAnswer.MayBeDeclined(answer.Item))
        {
            throw new InvalidRmaTransitionException($"{answer.Item} must be confirmed before shipping (clause P11).");
        }

        return this with { Checklist = [.. Checklist.Where(a => a.Item != answer.Item), answer] };
    }

    /// <summary>
    /// Files the evidence in its place on a draft: a photo replaces the line's earlier photo of that kind, a
    /// document replaces the one proving the same date; the same file in the same place is kept once.
    /// </summary>
    public RmaCase FileEvidence(EvidenceReference evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        RequireDraft("change its photos and documents");
        if (evidence.LineNumber is { } line && Lines.All(l => l.LineNumber != line))
        {
            throw new ArgumentException($"RMA {Number} has no line {line}.", nameof(evidence));
        }

        return this with { Evidence = [.. Evidence.Where(e => !SamePlace(e, evidence)), evidence] };
    }

    private static bool SamePlace(EvidenceReference a, EvidenceReference b) =>
        a.Kind == b.Kind && a.LineNumber == b.LineNumber && (a.Kind is EvidenceKind.LabelPhoto or EvidenceKind.AppearancePhoto || a.Proves == b.Proves);

    public bool ChecklistComplete => Enum.GetValues<ChecklistItem>().All(item => Checklist.Any(a => a.Item == item));

    /// <summary>The lines that travel on the number: those with some part under warranty.</summary>
    public IEnumerable<RmaLine> CoveredLines => Lines.Where(l => l.IsCovered);

    /// <summary>The photos and documents still needed before the number can be issued (clauses P10, P13).</summary>
    public IReadOnlyList<RequiredEvidence> MissingEvidence => [.. RequiredEvidence.For(this).Where(r => !r.IsMetBy(Evidence))];

    /// <summary>
    /// Issues the number: the checklist is answered, at least one line is covered and every required photo and
    /// document is there (clauses P10–P13).
    /// </summary>
    public RmaCase Authorize(Instant at, Actor actor)
    {
        if (!ChecklistComplete)
        {
            throw new InvalidRmaTransitionException($"RMA {Number} cannot be authorized before every checklist item is answered (clause P11).");
        }

        if (!CoveredLines.Any())
        {
            throw new InvalidRmaTransitionException($"RMA {Number} cannot be authorized without a line under warranty.");
        }

        if (MissingEvidence.Count > 0)
        {
            throw new InvalidRmaTransitionException(
                $"RMA {Number} cannot be authorized while {MissingEvidence.Count} required photo(s) or document(s) are missing (clauses P10, P13).");
        }

        return Transition(RmaStatus.Authorized, at, actor, reason: null) with { Validity = RmaValidity.StartingAt(at) };
    }

    /// <summary>Marks a number whose 30 days have passed as dead (clause P12).</summary>
    public RmaCase Expire(Instant at)
    {
        if (Validity is null || !Validity.IsExpiredAt(at))
        {
            throw new InvalidRmaTransitionException($"RMA {Number} is still valid at {at}.");
        }

        return Transition(RmaStatus.Expired, at, Actor.System, reason: null);
    }

    /// <summary>
    /// Clause P12: a new number with a new 30-day window for the same units; this case becomes
    /// superseded and the two link to each other.
    /// </summary>
    public (RmaCase Superseded, RmaCase Reissued) Reissue(RmaNumber newNumber, Instant at, Actor actor)
    {
        if (newNumber == Number)
        {
            throw new ArgumentException("A reissued RMA needs a new number.", nameof(newNumber));
        }

        var superseded = Transition(RmaStatus.Superseded, at, actor, reason: null) with { SupersededBy = newNumber };
        var reissued = this with
        {
            Number = newNumber,
            Status = RmaStatus.Authorized,
            Validity = RmaValidity.StartingAt(at),
            Supersedes = Number,
            SupersededBy = null,
            CreatedAt = at,
            History = [new StatusChange(RmaStatus.Draft, RmaStatus.Authorized, at, actor, $"Reissue of {Number}")],
        };
        return (superseded, reissued);
    }

    /// <summary>Any other step of the lifecycle (shipping, receipt, inspection, repair, closing, cancelling, rejecting).</summary>
    public RmaCase MoveTo(RmaStatus to, Instant at, Actor actor, string? reason = null)
    {
        if (to is RmaStatus.Authorized or RmaStatus.Expired or RmaStatus.Superseded)
        {
            throw new InvalidRmaTransitionException($"Use {nameof(Authorize)}, {nameof(Expire)} or {nameof(Reissue)} to move RMA {Number} to {to}.");
        }

        return Transition(to, at, actor, reason);
    }

    /// <summary>
    /// P9 on inspection: staff exclude a received unit (painted, tampered, label removed…) with the reason the
    /// distributor reads; it then becomes a paid repair through the seller.
    /// </summary>
    public RmaCase ExcludeLine(int lineNumber, string reason, Instant at, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status is not (RmaStatus.Received or RmaStatus.Inspecting))
        {
            throw new InvalidRmaTransitionException($"RMA {Number} is {Status}; units are excluded on inspection, after they were received.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidRmaTransitionException($"Excluding a unit of RMA {Number} needs a reason.");
        }

        var line = Lines.FirstOrDefault(l => l.LineNumber == lineNumber)
            ?? throw new InvalidRmaTransitionException($"RMA {Number} has no line {lineNumber}.");
        if (line.ExcludedAfterInspection is not null)
        {
            throw new InvalidRmaTransitionException($"Line {lineNumber} of RMA {Number} is already excluded.");
        }

        return this with
        {
            Lines = [.. Lines.Select(l => l.LineNumber == lineNumber ? l with { ExcludedAfterInspection = reason } : l)],
            History = [.. History, new StatusChange(Status, Status, at, actor, reason, CaseEventKind.LineExcluded, lineNumber)],
        };
    }

    /// <summary>Records a staff action that changes nothing else (information requested, a note, a takeover).</summary>
    public RmaCase Record(CaseEventKind kind, Instant at, Actor actor, string? text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (kind is CaseEventKind.StatusChange or CaseEventKind.LineExcluded)
        {
            throw new ArgumentException($"Use {nameof(MoveTo)} or {nameof(ExcludeLine)} for {kind}.", nameof(kind));
        }

        return this with { History = [.. History, new StatusChange(Status, Status, at, actor, text, kind)] };
    }

    private RmaCase Transition(RmaStatus to, Instant at, Actor actor, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!RmaLifecycle.Allows(Status, to))
        {
            var allowed = RmaLifecycle.NextOf(Status);
            throw new InvalidRmaTransitionException(
                $"RMA {Number} is {Status} and cannot become {to}; from {Status} it can become {(allowed.Count == 0 ? "nothing: it is final" : string.Join(", ", allowed))}.");
        }

        if (RmaLifecycle.RequiresReason(to) && string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidRmaTransitionException($"Moving RMA {Number} to {to} needs a reason.");
        }

        return this with { Status = to, History = [.. History, new StatusChange(Status, to, at, actor, reason)] };
    }

    private void RequireDraft(string what)
    {
        if (Status != RmaStatus.Draft)
        {
            throw new InvalidRmaTransitionException($"RMA {Number} is {Status}; only a draft can {what}.");
        }
    }
}
