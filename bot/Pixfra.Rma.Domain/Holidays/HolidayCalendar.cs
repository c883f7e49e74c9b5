using System.Collections.Concurrent;
using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>
/// The PRC working-day calendar of clause P7: official schedules where published, provisional
/// statutory days (<see cref="ProvisionalHolidays"/>) where not. A working day is Monday–Friday outside
/// any block, or a weekend day a notice declares a working day; an ordinary weekend is not a holiday.
/// </summary>
public sealed class HolidayCalendar
{
    // A New Year block or a swapped working day can reach back to 29 December (2019: 29–31 Dec 2018),
    // so those days stay uncertain until the next year's notice is out.
    private const int FirstDecemberDayOfNextNotice = 29;

    // No block is longer than ten days; a walk longer than this means corrupt data, not a long holiday.
    private const int MaxDaysToNextWorkingDay = 40;

    private readonly Dictionary<LocalDate, HolidayBlock> _officialDaysOff = [];
    private readonly HashSet<LocalDate> _officialWorkingDays = [];
    private readonly Dictionary<int, HolidaySchedule> _schedules;
    private readonly ConcurrentDictionary<int, IReadOnlyList<HolidayBlock>> _provisional = new();

    private HolidayCalendar(Dictionary<int, HolidaySchedule> schedules)
    {
        _schedules = schedules;
        foreach (var block in schedules.Values.SelectMany(s => s.Blocks))
        {
            foreach (var day in block.AllDaysOff)
            {
                if (!_officialDaysOff.TryAdd(day, block))
                {
                    throw new ArgumentException($"{day:uuuu-MM-dd} is off in two holiday blocks.", nameof(schedules));
                }
            }

            foreach (var day in block.WorkingDays)
            {
                _officialWorkingDays.Add(day);
            }
        }

        var both = _officialWorkingDays.Where(_officialDaysOff.ContainsKey).ToList();
        if (both.Count > 0)
        {
            throw new ArgumentException($"{both[0]:uuuu-MM-dd} is both a day off and a working day.", nameof(schedules));
        }
    }

    public static HolidayCalendar Create(IEnumerable<HolidaySchedule> schedules)
    {
        ArgumentNullException.ThrowIfNull(schedules);
        var byYear = new Dictionary<int, HolidaySchedule>();
        foreach (var schedule in schedules)
        {
            if (!byYear.TryAdd(schedule.Year, schedule))
            {
                throw new ArgumentException($"Two schedules for {schedule.Year}.", nameof(schedules));
            }
        }

        return new HolidayCalendar(byYear);
    }

    public IEnumerable<int> PublishedYears => _schedules.Keys.Order();

    public bool IsPublished(int year) => _schedules.ContainsKey(year);

    /// <summary>
    /// True when the answer for <paramref name="date"/> rests on a schedule that is not published yet,
    /// so it may change when the State Council publishes it.
    /// </summary>
    public bool IsUncertain(LocalDate date) =>
        !_officialDaysOff.ContainsKey(date) && !_officialWorkingDays.Contains(date)
        && (!IsPublished(date.Year) || (date.Month == 12 && date.Day >= FirstDecemberDayOfNextNotice && !IsPublished(date.Year + 1)));

    /// <summary>The holiday block <paramref name="date"/> is a day off in, or null.</summary>
    public HolidayDay? FindHoliday(LocalDate date)
    {
        if (_officialDaysOff.TryGetValue(date, out var official))
        {
            return new HolidayDay(date, official, Provisional: false);
        }

        if (IsPublished(date.Year))
        {
            return null;
        }

        var provisional = ProvisionalBlocks(date.Year).FirstOrDefault(b => b.DaysOff.Contains(date));
        return provisional is null ? null : new HolidayDay(date, provisional, Provisional: true);
    }

    public bool IsWorkingDay(LocalDate date)
    {
        if (_officialWorkingDays.Contains(date))
        {
            return true;
        }

        return FindHoliday(date) is null && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    public LocalDate FirstWorkingDayAfter(LocalDate date)
    {
        for (var day = date.PlusDays(1); Period.Between(date, day, PeriodUnits.Days).Days <= MaxDaysToNextWorkingDay; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                return day;
            }
        }

        throw new InvalidOperationException($"No working day within {MaxDaysToNextWorkingDay} days after {date:uuuu-MM-dd}: check the holiday data.");
    }

    /// <summary>
    /// Clause P7: a last day that is a day off in a holiday block becomes the first working day after it.
    /// Ordinary weekends and swapped working days do not move it.
    /// </summary>
    public LastDay ResolveLastDay(LocalDate nominal)
    {
        var holiday = FindHoliday(nominal);
        if (holiday is null)
        {
            return new LastDay(nominal, nominal, Shift: null, Provisional: IsUncertain(nominal));
        }

        var effective = FirstWorkingDayAfter(nominal);
        var provisional = holiday.Provisional || Days(nominal, effective).Any(IsUncertain);
        return new LastDay(nominal, effective, new HolidayShift(nominal, effective, holiday.Block, provisional), provisional);
    }

    private IReadOnlyList<HolidayBlock> ProvisionalBlocks(int year) => _provisional.GetOrAdd(year, ProvisionalHolidays.For);

    private static IEnumerable<LocalDate> Days(LocalDate first, LocalDate last)
    {
        for (var day = first; day <= last; day = day.PlusDays(1))
        {
            yield return day;
        }
    }
}
