namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>What one scan did, for the host's log and for tests.</summary>
/// <param name="Deferred">Reminders held back because a support person owns the chat.</param>
/// <param name="Expired">Cases moved to Expired.</param>
public sealed record ReminderScanResult(int Cases, int Sent, int Failed, int Unreachable, int Skipped, int Deferred, int Expired)
{
    public static ReminderScanResult None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public ReminderScanResult Plus(ReminderScanResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Cases + other.Cases,
            Sent + other.Sent,
            Failed + other.Failed,
            Unreachable + other.Unreachable,
            Skipped + other.Skipped,
            Deferred + other.Deferred,
            Expired + other.Expired);
    }
}
