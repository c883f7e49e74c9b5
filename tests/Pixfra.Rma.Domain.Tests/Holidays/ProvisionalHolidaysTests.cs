using NodaTime;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Holidays;

/// <summary>P8: the computed statutory days are checked against the years whose real schedule we know.</summary>
public sealed class ProvisionalHolidaysTests
{
    public static TheoryData<int> PublishedYears => new(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);

    [Theory]
    [MemberData(nameof(PublishedYears))]
    public void P8_EveryComputedStatutoryDay_IsOffInThatYearsOfficialSchedule(int year)
    {
        var official = ShippedData.HolidayCalendar;
        var computed = ProvisionalHolidays.For(year);

        Assert.Equal(7, computed.Count);
        Assert.All(computed.SelectMany(b => b.DaysOff.Select(day => (day, b.Holidays[0]))), item =>
        {
            var holiday = official.FindHoliday(item.day);
            Assert.True(holiday is not null, $"{item.day} ({item.Item2}) is not a day off in the official {year} schedule.");
            Assert.Contains(item.Item2, holiday.Block.Holidays);
        });
    }

    [Theory]
    [InlineData(2019, 5)]
    [InlineData(2020, 4)]
    [InlineData(2021, 4)]
    [InlineData(2022, 5)]
    [InlineData(2023, 5)]
    [InlineData(2024, 4)]
    [InlineData(2025, 4)]
    [InlineData(2026, 5)]
    [InlineData(2027, 5)]
    public void P8_Qingming_FallsOnTheKnownDay(int year, int dayOfApril)
    {
        Assert.Equal(dayOfApril, ProvisionalHolidays.QingmingDayOfApril(year));
    }

    [Fact]
    public void P8_LunarHolidaysOf2027_ComeFromTheChineseCalendar()
    {
        var blocks = ProvisionalHolidays.For(2027).ToDictionary(b => b.Holidays[0]);

        Assert.Equal(new DateInterval(new LocalDate(2027, 2, 5), new LocalDate(2027, 2, 8)), blocks[HolidayKind.SpringFestival].DaysOff);
        Assert.Equal(new LocalDate(2027, 6, 9), blocks[HolidayKind.DragonBoat].DaysOff.Start);
        Assert.Equal(new LocalDate(2027, 9, 15), blocks[HolidayKind.MidAutumn].DaysOff.Start);
    }
}
