using NodaTime;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// A distributor's conversation handed to Pixfra staff: why, who asks about what (a snapshot of the case or draft
/// and the last messages, so the staff card can be drawn again at any time), who owns it, and where the staff
/// thread and its card are. Saved with an ETag: the first staff member whose claim is written owns it.
/// </summary>
/// <param name="Requester">The distributor's user as the channel named them when they escalated.</param>
/// <param name="Locale">The distributor's language: what the bot relays to them is in it.</param>
/// <param name="CaseNumber">The issued RMA number, or the draft's reserved number, if there was one.</param>
/// <param name="Case">The case or draft as it was when escalated (lines, verdicts, checklist, evidence).</param>
/// <param name="AnnouncedAt">When the staff channel was last told about it (re-announced while unclaimed).</param>
/// <param name="StaffThread">The staff channel thread the card was posted in; replies there relay to the distributor.</param>
/// <param name="CardActivityId">The handoff card's message id in that thread, to update it for everyone.</param>
public sealed record Handoff(
    string Id,
    HandoffReason Reason,
    string? Detail,
    HandoffState State,
    ConversationKey DistributorConversation,
    Speaker Requester,
    string? DistributorId,
    string? DistributorName,
    string? Locale,
    string? CaseNumber,
    RmaCase? Case,
    IReadOnlyList<TranscriptEntry> Transcript,
    Instant CreatedAt,
    Instant AnnouncedAt,
    HandoffStaff? ClaimedBy = null,
    Instant? ClaimedAt = null,
    Instant? ClosedAt = null,
    ConversationKey? StaffThread = null,
    string? CardActivityId = null)
{
    public bool IsActive => State is HandoffState.Waiting or HandoffState.Claimed;
}

public enum HandoffReason
{
    /// <summary>The distributor asked for a person.</summary>
    TalkToSupport,

    /// <summary>A unit's warranty could not be verified when the RMA was issued (P4).</summary>
    WarrantyUnverified,

    /// <summary>Someone says they are a distributor but is not in the directory (P1).</summary>
    IdentityUnknown,

    /// <summary>Photos or documents kept failing the checks (P13).</summary>
    RepeatedUploadFailures,
}

public enum HandoffState
{
    Waiting,
    Claimed,
    Resolved,
    Cancelled,
}

/// <summary>The support person who owns a handoff.</summary>
public sealed record HandoffStaff(string StaffId, string Name);
