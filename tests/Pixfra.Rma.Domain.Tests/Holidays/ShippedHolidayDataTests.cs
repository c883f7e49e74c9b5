using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Holidays;

/// <summary>
/// P8: the schedules we ship agree, day by day, with the independent copy of the official data in
/// ../shared/reference/holiday-cn (format in its README).
/// </summary>
public sealed class ShippedHolidayDataTests
{
    private static readonly int[] PublishedYears = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

    [Fact]
    public void P8_EveryYearFrom2019To2026_IsShippedAsOfficial()
    {
        Assert.Equal(PublishedYears, ShippedData.HolidayCalendar.PublishedYears);
    }

    [Fact]
    public void P8_ShippedDaysOffAndWorkingDays_MatchTheReferenceCopy_DayByDay()
    {
        var reference = ReferenceDays();
        var calendar = ShippedData.HolidayCalendar;
        var announcedOff = ShippedData.HolidaySchedules.SelectMany(s => s.Blocks).SelectMany(b => b.DaysOff).ToHashSet();
        var disagreements = new List<string>();

        for (var day = new LocalDate(2018, 12, 1); day <= new LocalDate(2026, 12, 31); day = day.PlusDays(1))
        {
            var listed = reference.TryGetValue(day, out var isOffDay);
            var referenceOff = listed && isOffDay;
            var referenceWorking = listed ? !isOffDay : day.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

            if (announcedOff.Contains(day) != referenceOff)
            {
                disagreements.Add($"{day:uuuu-MM-dd} off: shipped {announcedOff.Contains(day)}, reference {referenceOff}");
            }

            if (calendar.IsWorkingDay(day) != referenceWorking)
            {
                disagreements.Add($"{day:uuuu-MM-dd} working: shipped {calendar.IsWorkingDay(day)}, reference {referenceWorking}");
            }
        }

        Assert.Empty(disagreements);
    }

    [Fact]
    public void P8_JoinedWeekends_AreOnlyWeekendsTheReferenceLeavesUnlisted()
    {
        var reference = ReferenceDays();
        var joined = ShippedData.HolidaySchedules.SelectMany(s => s.Blocks)
            .Where(b => b.JoinedWeekend is not null)
            .SelectMany(b => b.JoinedWeekend!)
            .ToList();

        Assert.NotEmpty(joined);
        Assert.All(joined, day =>
        {
            Assert.False(reference.ContainsKey(day), $"{day} is listed in the reference, so it is not an unlisted joined weekend.");
            Assert.Contains(day.DayOfWeek, new[] { IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday });
        });
    }

    private static Dictionary<LocalDate, bool> ReferenceDays()
    {
        var folder = RepositoryPaths.InShared("reference", "holiday-cn");
        if (!Directory.Exists(folder))
        {
            Assert.Skip($"The independent holiday data is not beside the clone ({folder}); place ../shared next to the repository to run this check.");
        }

        var days = new Dictionary<LocalDate, bool>();
        foreach (var year in PublishedYears)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, $"{year}.json")));
            Assert.NotEmpty(document.RootElement.GetProperty("papers").EnumerateArray());
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = LocalDatePattern.Iso.Parse(day.GetProperty("date").GetString()!).Value;
                days[date] = day.GetProperty("isOffDay").GetBoolean();
            }
        }

        return days;
    }
}
