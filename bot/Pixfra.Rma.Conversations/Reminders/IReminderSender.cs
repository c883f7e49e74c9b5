namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>Delivers a reminder to its chat and says how it went; does not throw for a failed delivery.</summary>
public interface IReminderSender
{
    Task<ReminderDelivery> SendAsync(ReminderNotice notice, CancellationToken cancellationToken);
}

public enum ReminderDeliveryOutcome
{
    Delivered,

    /// <summary>The conversation is gone, blocked the bot, or was never seen: do not try again.</summary>
    Unreachable,

    /// <summary>Anything else (network, throttling after retries, 5xx): try again later.</summary>
    Failed,
}

/// <param name="Detail">For the log: an error code or exception type, never message content.</param>
public sealed record ReminderDelivery(ReminderDeliveryOutcome Outcome, string? Detail = null)
{
    public static ReminderDelivery Delivered { get; } = new(ReminderDeliveryOutcome.Delivered);
}
