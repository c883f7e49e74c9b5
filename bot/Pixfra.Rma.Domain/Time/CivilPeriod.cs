using NodaTime;

namespace Pixfra.Rma.Domain.Time;

/// <summary>
/// Periods counted as PRC Civil Code Articles 201–202 count them: the start day is not counted and a
/// period ends at the end of its last day. N years from a day ends on the same month and day N years
/// later, or on the last day of that month when the day does not exist (29 February).
/// </summary>
public static class CivilPeriod
{
    /// <summary>The last day of a period of <paramref name="years"/> years that starts on <paramref name="start"/>.</summary>
    public static LocalDate LastDayOfYears(LocalDate start, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(years);

        // NodaTime truncates 29 Feb to 28 Feb in a non-leap target year: the month's last day, as Art. 202 asks.
        return start.PlusYears(years);
    }

    /// <summary>The last day of a period of <paramref name="days"/> days; the start day itself is not counted.</summary>
    public static LocalDate LastDayOfDays(LocalDate start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        return start.PlusDays(days);
    }
}
