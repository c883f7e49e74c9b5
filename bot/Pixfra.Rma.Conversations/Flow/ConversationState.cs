using NodaTime;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// Everything the bot remembers about one conversation: one document, read once and written once per turn.
/// The draft RMA lives here until it is issued, so building it costs no other I/O.
/// </summary>
/// <param name="IdentityCheckedAt">When the role was last looked up; it is looked up again after a while so a
/// distributor removed from the directory loses access.</param>
/// <param name="IdentityUserId">Whose role is cached: in a group chat several people share one state, and each is
/// looked up in their own right.</param>
/// <param name="PendingFiles">Files received and stored but not yet placed (several arrived at once): the user
/// says on a card what each one is.</param>
/// <param name="FailedUploads">Files refused in a row; after a few, the bot offers a person.</param>
/// <param name="Takeover">Set while a support person owns the conversation (no flow replies, no reminders).</param>
/// <param name="HandoffId">The handoff to staff this conversation is waiting on or is in (cleared when it closes).</param>
/// <param name="Transcript">The last few messages, for the handoff card staff see.</param>
public sealed record ConversationState(
    FlowStep Step,
    Role Role,
    string? DistributorId,
    string? StaffId,
    Instant? IdentityCheckedAt,
    int ChecklistIndex,
    RmaCase? Draft,
    string? IdentityUserId = null,
    StaffTakeover? Takeover = null,
    IReadOnlyList<Evidence.PendingFile>? PendingFiles = null,
    int FailedUploads = 0,
    string? HandoffId = null,
    IReadOnlyList<TranscriptEntry>? Transcript = null)
{
    public static ConversationState New { get; } = new(FlowStep.Idle, Role.Unknown, null, null, null, 0, null);
}
