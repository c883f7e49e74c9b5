using NodaTime;
using NodaTime.Text;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Holidays;

public sealed class HolidayCalendarTests
{
    private static HolidayCalendar Calendar => ShippedData.HolidayCalendar;

    public static TheoryData<string, string, HolidayKind> LastDaysInHolidayBlocks => new()
    {
        // The policy's own examples (POLICY.md P7).
        { "2026-10-03", "2026-10-08", HolidayKind.NationalDay },
        { "2026-02-20", "2026-02-24", HolidayKind.SpringFestival },

        // Each kind of block, 2019–2026; the first working day may be a swapped weekend day.
        { "2019-02-08", "2019-02-11", HolidayKind.SpringFestival },
        { "2020-01-30", "2020-02-03", HolidayKind.SpringFestival },   // the 2020 block, extended by notice
        { "2022-04-03", "2022-04-06", HolidayKind.Qingming },
        { "2024-04-05", "2024-04-07", HolidayKind.Qingming },         // Sunday 7 Apr 2024 was a working day
        { "2025-05-03", "2025-05-06", HolidayKind.LabourDay },
        { "2019-05-04", "2019-05-05", HolidayKind.LabourDay },         // Sunday 5 May 2019 was a working day
        { "2025-06-01", "2025-06-03", HolidayKind.DragonBoat },
        { "2020-06-26", "2020-06-28", HolidayKind.DragonBoat },        // Sunday 28 Jun 2020 was a working day
        { "2021-09-20", "2021-09-22", HolidayKind.MidAutumn },
        { "2023-10-01", "2023-10-07", HolidayKind.MidAutumn },         // merged block; Saturday 7 Oct was a working day
        { "2025-10-08", "2025-10-09", HolidayKind.NationalDay },
        { "2024-10-07", "2024-10-08", HolidayKind.NationalDay },

        // Blocks that span New Year.
        { "2018-12-30", "2019-01-02", HolidayKind.NewYear },
        { "2019-01-01", "2019-01-02", HolidayKind.NewYear },
        { "2022-12-31", "2023-01-03", HolidayKind.NewYear },
        { "2023-01-02", "2023-01-03", HolidayKind.NewYear },

        // A weekend the notice joined to a single day off (与周末连休) is inside the block.
        { "2019-04-06", "2019-04-08", HolidayKind.Qingming },
        { "2023-12-30", "2024-01-02", HolidayKind.NewYear },
    };

    [Theory]
    [MemberData(nameof(LastDaysInHolidayBlocks))]
    public void P7_LastDayInHolidayBlock_MovesToFirstWorkingDayAfterIt(string nominal, string effective, HolidayKind holiday)
    {
        var lastDay = Calendar.ResolveLastDay(Date(nominal));

        Assert.Equal(Date(effective), lastDay.Effective);
        Assert.NotNull(lastDay.Shift);
        Assert.Equal(Date(nominal), lastDay.Shift.From);
        Assert.Contains(holiday, lastDay.Shift.Holiday.Holidays);
        Assert.False(lastDay.Provisional);
    }

    [Theory]
    [InlineData("2026-02-14")] // adjusted working Saturday before the Spring Festival
    [InlineData("2026-02-28")] // adjusted working Saturday after it
    [InlineData("2023-10-07")] // adjusted working Saturday after the merged block
    [InlineData("2018-12-29")] // adjusted working Saturday before New Year 2019
    public void P7_LastDayOnAdjustedWorkingWeekendDay_DoesNotMove(string day)
    {
        var lastDay = Calendar.ResolveLastDay(Date(day));

        Assert.True(Calendar.IsWorkingDay(Date(day)));
        Assert.Equal(Date(day), lastDay.Effective);
        Assert.Null(lastDay.Shift);
    }

    [Theory]
    [InlineData("2026-11-29")] // ordinary Sunday
    [InlineData("2026-03-15")] // ordinary Sunday: the policy's 3-year example
    [InlineData("2025-02-22")] // ordinary Saturday
    [InlineData("2026-03-16")] // ordinary Monday
    public void P7_LastDayOnOrdinaryDay_DoesNotMove(string day)
    {
        var lastDay = Calendar.ResolveLastDay(Date(day));

        Assert.Equal(Date(day), lastDay.Effective);
        Assert.Null(lastDay.Shift);
        Assert.False(lastDay.Provisional);
    }

    [Theory]
    [InlineData("2027-10-02", "2027-10-04", HolidayKind.NationalDay)]
    [InlineData("2027-02-06", "2027-02-09", HolidayKind.SpringFestival)] // 除夕 Fri 5 Feb + 初一..初三
    [InlineData("2027-04-05", "2027-04-06", HolidayKind.Qingming)]
    [InlineData("2027-06-09", "2027-06-10", HolidayKind.DragonBoat)]
    [InlineData("2027-09-15", "2027-09-16", HolidayKind.MidAutumn)]
    public void P8_UnpublishedYear_ShiftsOnComputedStatutoryDays_AndIsProvisional(string nominal, string effective, HolidayKind holiday)
    {
        var lastDay = Calendar.ResolveLastDay(Date(nominal));

        Assert.False(Calendar.IsPublished(2027));
        Assert.Equal(Date(effective), lastDay.Effective);
        Assert.Contains(holiday, lastDay.Shift!.Holiday.Holidays);
        Assert.True(lastDay.Provisional);
        Assert.True(lastDay.Shift.Provisional);
    }

    [Theory]
    [InlineData("2027-03-15")] // no computed holiday, but the 2027 notice may still add one
    [InlineData("2026-12-30")] // a 2027 New Year block may start in late December, as in 2019 and 2023
    public void P8_DayThatAnUnpublishedNoticeMayStillChange_IsProvisionalEvenWithoutShift(string day)
    {
        var lastDay = Calendar.ResolveLastDay(Date(day));

        Assert.Null(lastDay.Shift);
        Assert.True(lastDay.Provisional);
    }

    [Fact]
    public void P8_MidDecemberOfPublishedYear_IsNotProvisional()
    {
        Assert.False(Calendar.ResolveLastDay(Date("2026-12-15")).Provisional);
    }

    [Fact]
    public void P8_YearWithoutSchedule_IsNeverTreatedAsHavingNoHolidays()
    {
        var empty = HolidayCalendar.Create([]);

        Assert.NotNull(empty.FindHoliday(Date("2030-10-01")));
        Assert.False(empty.IsWorkingDay(Date("2030-10-02")));
        Assert.True(empty.FindHoliday(Date("2030-10-01"))!.Provisional);
    }

    [Fact]
    public void P8_OverlappingSchedules_AreRefused()
    {
        var schedule = ShippedData.HolidaySchedules[0];
        var copy = schedule with { Year = schedule.Year + 10 };

        Assert.Throws<ArgumentException>(() => HolidayCalendar.Create([schedule, copy]));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
