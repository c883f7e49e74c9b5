using NodaTime;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Domain.Tests.Rma;

public sealed class RmaValidityTests
{
    // 23 Nov 2026, 10:00 in Shanghai.
    private static readonly Instant IssuedAt = Instant.FromUtc(2026, 11, 23, 2, 0);
    private static readonly RmaValidity Validity = RmaValidity.StartingAt(IssuedAt);

    [Fact]
    public void P12_IssueDayIsNotCounted_ThirtyDaysEndOnThe23rdOfDecember()
    {
        Assert.Equal(new LocalDate(2026, 12, 23), Validity.LastDay);
        Assert.Equal(Instant.FromUtc(2026, 12, 23, 16, 0), Validity.EndsAt);
    }

    [Fact]
    public void P12_At235959ChinaTimeOnTheLastDay_StillValid()
    {
        var now = At(2026, 12, 23, 23, 59, 59);

        Assert.False(Validity.IsExpiredAt(now));
        Assert.Equal(0, Validity.DaysLeftAt(now));
    }

    [Fact]
    public void P12_At000000ChinaTimeAfterTheLastDay_Expired()
    {
        Assert.True(Validity.IsExpiredAt(At(2026, 12, 24, 0, 0, 0)));
    }

    [Fact]
    public void P12_OnFirstOfDecember_22DaysAreLeft()
    {
        Assert.Equal(22, Validity.DaysLeftAt(At(2026, 12, 1, 9, 0, 0)));
        Assert.Equal(22, Validity.DaysLeftAt(At(2026, 12, 1, 23, 59, 0)));
    }

    [Fact]
    public void P12_UserAtUtcMinus8_ExpiresAtChinaMidnight_WhileTheirOwnDayIsStillTheLastDay()
    {
        var pacific = DateTimeZone.ForOffset(Offset.FromHours(-8));
        var justBefore = new LocalDateTime(2026, 12, 23, 7, 59, 59).InZoneStrictly(pacific).ToInstant();
        var midnightInChina = new LocalDateTime(2026, 12, 23, 8, 0, 0).InZoneStrictly(pacific).ToInstant();

        Assert.False(Validity.IsExpiredAt(justBefore));
        Assert.True(Validity.IsExpiredAt(midnightInChina));
        Assert.Equal(new LocalDate(2026, 12, 23), midnightInChina.InZone(pacific).Date);
    }

    [Fact]
    public void P12_IssuedJustAfterChinaMidnight_CountsFromTheChinaDate()
    {
        // 23 Nov 16:30 UTC is 24 Nov 00:30 in Shanghai (and still 23 Nov for a user in London).
        var validity = RmaValidity.StartingAt(Instant.FromUtc(2026, 11, 23, 16, 30));

        Assert.Equal(new LocalDate(2026, 12, 24), validity.LastDay);
    }

    [Fact]
    public void P12_NoHolidayShift_ForTheRmaWindow()
    {
        // Issued 1 Sep 2026: day 30 is 1 Oct, inside the National Day block; the window still ends then.
        var validity = RmaValidity.StartingAt(Instant.FromUtc(2026, 9, 1, 2, 0));

        Assert.Equal(new LocalDate(2026, 10, 1), validity.LastDay);
    }

    private static Instant At(int year, int month, int day, int hour, int minute, int second) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(Time.ChinaTime.Zone).ToInstant();
}
