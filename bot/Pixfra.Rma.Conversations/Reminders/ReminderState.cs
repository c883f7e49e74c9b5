namespace Pixfra.Rma.Conversations.Reminders;

public enum ReminderState
{
    /// <summary>An instance claimed it and is sending now; taken over when the claim is older than the claim timeout.</summary>
    Sending,

    /// <summary>The connector accepted it.</summary>
    Sent,

    /// <summary>The send failed; tried again from <see cref="ReminderRecord.NextTryAt"/> (null: attempts used up).</summary>
    Failed,

    /// <summary>The conversation is gone or blocked the bot (403/404), or was never seen: never retried.</summary>
    Unreachable,

    /// <summary>Not sent on purpose: a later reminder was due at the same time, or the case changed meanwhile.</summary>
    Skipped,
}
