using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>
/// One run of days off as a State Council notice announces it: the holidays it covers (two when
/// National Day and Mid-Autumn merge), the days off, the weekend days made working days (调休), and
/// the weekend a notice joins to the days off without listing it (与周末连休).
/// </summary>
public sealed record HolidayBlock(
    IReadOnlyList<HolidayKind> Holidays,
    DateInterval DaysOff,
    IReadOnlyList<LocalDate> WorkingDays,
    DateInterval? JoinedWeekend)
{
    /// <summary>Every day of the block on which people are off, joined weekend included.</summary>
    public IEnumerable<LocalDate> AllDaysOff => JoinedWeekend is null ? DaysOff : DaysOff.Concat(JoinedWeekend);
}
