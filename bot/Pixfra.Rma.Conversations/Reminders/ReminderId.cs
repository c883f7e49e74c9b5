namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>
/// Which reminder of an RMA: <c>days-7</c>, <c>days-1</c> (days before the last day) or <c>expired</c>. With the RMA
/// number it is the key of the reminder log, so each reminder is sent once per number.
/// </summary>
public static class ReminderId
{
    public const string Expired = "expired";

    public static string DaysBefore(int days) => $"days-{days.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
