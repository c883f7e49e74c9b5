using NodaTime;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

public sealed class ReminderScheduleTests
{
    /// <summary>Issued 1 Dec 2026 09:00 China time: last day 31 Dec, ends 1 Jan 2027 00:00 China time.</summary>
    private static readonly RmaValidity Validity = RmaValidity.StartingAt(China(2026, 12, 1, 9, 0));

    private static Instant China(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(ChinaTime.Zone).ToInstant();

    [Theory]
    [InlineData(2026, 12, 1, 9, 0, "")]
    [InlineData(2026, 12, 23, 23, 59, "")]
    [InlineData(2026, 12, 24, 0, 0, "days-7")]
    [InlineData(2026, 12, 29, 23, 59, "days-7")]
    [InlineData(2026, 12, 30, 0, 0, "days-7 days-1")]
    [InlineData(2026, 12, 31, 23, 59, "days-7 days-1")]
    [InlineData(2027, 1, 1, 0, 0, "days-7 days-1 expired")]
    public void DueAt_CountsChinaCalendarDaysBeforeTheLastDay(int year, int month, int day, int hour, int minute, string expected)
    {
        var due = ReminderSchedule.DueAt(Validity, China(year, month, day, hour, minute), [7, 1]);

        Assert.Equal(expected, string.Join(' ', due));
    }

    [Fact]
    public void DueAt_OffsetsInAnyOrder_AreDueLargestFirst()
    {
        Assert.Equal(["days-14", "days-3"], ReminderSchedule.DueAt(Validity, China(2026, 12, 29, 9, 0), [3, 14]));
    }

    [Fact]
    public void Horizon_ReachesEveryNumberWithSevenDaysLeft()
    {
        var now = China(2026, 12, 24, 0, 0);

        Assert.True(Validity.EndsAt < now + ReminderSchedule.Horizon([7, 1]));
        Assert.Equal(7, Validity.DaysLeftAt(now));
    }

    [Theory]
    [InlineData(new[] { "7.00:00:00", "1.00:00:00" }, "7 1")]
    [InlineData(new[] { "1", "14", "1" }, "14 1")]
    [InlineData(new string[0], "7 1")]
    public void Policy_DaysBefore_AreWholeDaysLargestFirst(string[] offsets, string expected)
    {
        var policy = new ReminderPolicy { Offsets = [.. offsets.Select(o => TimeSpan.Parse(o, System.Globalization.CultureInfo.InvariantCulture))] };

        Assert.Equal(expected, string.Join(' ', policy.DaysBefore));
        Assert.Empty(policy.Problems());
    }

    [Theory]
    [InlineData("12:00:00")]
    [InlineData("0")]
    [InlineData("31")]
    public void Policy_OffsetsThatAreNotWholeDaysInTheWindow_AreAProblem(string offset)
    {
        var policy = new ReminderPolicy { Offsets = [TimeSpan.Parse(offset, System.Globalization.CultureInfo.InvariantCulture)] };

        Assert.Contains(policy.Problems(), p => p.Contains("Reminders:Offsets", StringComparison.Ordinal));
    }
}
