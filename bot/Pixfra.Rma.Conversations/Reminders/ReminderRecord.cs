using NodaTime;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>What happened to one reminder of one RMA number. Every change returns the next version of the record.</summary>
/// <param name="Owner">The instance that claimed it last.</param>
/// <param name="Attempts">Sends tried so far.</param>
/// <param name="Detail">Why it failed or was skipped, for operators (an error code, never message content).</param>
public sealed record ReminderRecord(
    RmaNumber Number,
    string ReminderId,
    ReminderState State,
    int Attempts,
    Instant UpdatedAt,
    string? Owner,
    Instant? ClaimedAt,
    Instant? NextTryAt,
    string? Detail)
{
    public static ReminderRecord Claimed(RmaNumber number, string reminderId, string owner, Instant at) =>
        new(number, reminderId, ReminderState.Sending, 0, at, owner, at, null, null);

    public static ReminderRecord SkippedNow(RmaNumber number, string reminderId, Instant at, string reason) =>
        new(number, reminderId, ReminderState.Skipped, 0, at, null, null, null, reason);

    /// <summary>Settled for good: nothing more will be sent for it.</summary>
    public bool IsSettled => State is ReminderState.Sent or ReminderState.Unreachable or ReminderState.Skipped
        || (State == ReminderState.Failed && NextTryAt is null);

    public ReminderRecord Claim(string owner, Instant at) => this with { State = ReminderState.Sending, Owner = owner, ClaimedAt = at, UpdatedAt = at };

    public ReminderRecord Delivered(Instant at) => this with { State = ReminderState.Sent, Attempts = checked(Attempts + 1), UpdatedAt = at, NextTryAt = null, Detail = null };

    public ReminderRecord Unreachable(Instant at, string? detail) =>
        this with { State = ReminderState.Unreachable, Attempts = checked(Attempts + 1), UpdatedAt = at, NextTryAt = null, Detail = detail };

    /// <summary>A failed send; <paramref name="nextTryAt"/> null when no attempt is left.</summary>
    public ReminderRecord Failed(Instant at, Instant? nextTryAt, string? detail) =>
        this with { State = ReminderState.Failed, Attempts = checked(Attempts + 1), UpdatedAt = at, NextTryAt = nextTryAt, Detail = detail };

    public ReminderRecord Skip(Instant at, string reason) => this with { State = ReminderState.Skipped, UpdatedAt = at, NextTryAt = null, Detail = reason };
}
