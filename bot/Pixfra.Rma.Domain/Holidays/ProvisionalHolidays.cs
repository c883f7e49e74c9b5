using System.Globalization;
using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>
/// The statutory days of a year whose schedule is not published yet (clause P8): fixed-date holidays,
/// the lunar ones from <see cref="ChineseLunisolarCalendar"/>, and Qingming. Only the days the holiday
/// regulation itself names — the State Council's blocks and swapped working days cannot be derived,
/// so every result that uses these is marked provisional.
/// </summary>
public static class ProvisionalHolidays
{
    // State Council Decree No. 795 added New Year's Eve and a second Labour Day from 2025 on.
    private const int FirstYearOfDecree795 = 2025;

    private static readonly ChineseLunisolarCalendar Lunar = new();

    public static IReadOnlyList<HolidayBlock> For(int year)
    {
        if (year is < 2000 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Provisional holidays are computed for 2000–2099 only.");
        }

        var springFestival = LunarDate(year, month: 1, day: 1);
        var decree795 = year >= FirstYearOfDecree795;
        return
        [
            Block(HolidayKind.NewYear, new LocalDate(year, 1, 1), days: 1),
            decree795
                ? Block(HolidayKind.SpringFestival, springFestival.PlusDays(-1), days: 4)
                : Block(HolidayKind.SpringFestival, springFestival, days: 3),
            Block(HolidayKind.Qingming, new LocalDate(year, 4, QingmingDayOfApril(year)), days: 1),
            Block(HolidayKind.LabourDay, new LocalDate(year, 5, 1), days: decree795 ? 2 : 1),
            Block(HolidayKind.DragonBoat, LunarDate(year, month: 5, day: 5), days: 1),
            Block(HolidayKind.MidAutumn, LunarDate(year, month: 8, day: 15), days: 1),
            Block(HolidayKind.NationalDay, new LocalDate(year, 10, 1), days: 3),
        ];
    }

    /// <summary>
    /// Qingming is the day the sun reaches 15° apparent longitude; .NET has no solar-term API, so this
    /// uses the well-known 21st-century approximation (寿星 formula, C = 4.81), exact for 2000–2099
    /// against the published dates we can check (2019–2026).
    /// </summary>
    public static int QingmingDayOfApril(int year)
    {
        var y = year % 100;
        return (int)Math.Floor((y * 0.2422) + 4.81) - (y / 4);
    }

    private static LocalDate LunarDate(int gregorianYear, int month, int day)
    {
        // In a leap lunar year months are numbered 1–13 and the leap month takes the index after its namesake.
        var leapMonth = Lunar.GetLeapMonth(gregorianYear);
        var index = leapMonth > 0 && month >= leapMonth ? month + 1 : month;
        var date = Lunar.ToDateTime(gregorianYear, index, day, 0, 0, 0, 0);
        return LocalDate.FromDateTime(date);
    }

    private static HolidayBlock Block(HolidayKind kind, LocalDate first, int days) =>
        new([kind], new DateInterval(first, first.PlusDays(days - 1)), [], JoinedWeekend: null);
}
