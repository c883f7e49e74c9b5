using NodaTime;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>Which reminders of a number are due at an instant (clause P12's window, China calendar days).</summary>
public static class ReminderSchedule
{
    /// <summary>
    /// The reminders due at <paramref name="now"/>, earliest first: <c>days-N</c> once at most N days are left, and
    /// <c>expired</c> once the window has ended. Only the last one is worth sending; the others were missed.
    /// </summary>
    public static IReadOnlyList<string> DueAt(RmaValidity validity, Instant now, IReadOnlyList<int> daysBefore)
    {
        ArgumentNullException.ThrowIfNull(validity);
        ArgumentNullException.ThrowIfNull(daysBefore);
        var expired = validity.IsExpiredAt(now);
        var daysLeft = validity.DaysLeftAt(now);
        var due = daysBefore.OrderDescending().Where(d => expired || daysLeft <= d).Select(ReminderId.DaysBefore).ToList();
        if (expired)
        {
            due.Add(ReminderId.Expired);
        }

        return due;
    }

    /// <summary>
    /// How far ahead the scan must look: a number with N days left ends at most N + 1 days from now (the rest of
    /// today plus N whole days), exactly N + 1 at China midnight; the listing's bound is exclusive, so one day more.
    /// </summary>
    public static Duration Horizon(IReadOnlyList<int> daysBefore)
    {
        ArgumentNullException.ThrowIfNull(daysBefore);
        return Duration.FromDays(daysBefore.DefaultIfEmpty(0).Max() + 2);
    }
}
