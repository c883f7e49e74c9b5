using NodaTime;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Domain.Rma;

/// <summary>
/// Clause P12: an RMA number is valid for 30 natural days from issue. The issue day is not counted
/// (Civil Code Art. 201) and the last day lasts until 24:00 China time. No holiday shift: P7 speaks of
/// the warranty only.
/// </summary>
public sealed record RmaValidity(Instant IssuedAt, LocalDate LastDay)
{
    public const int ValidDays = 30;

    public static RmaValidity StartingAt(Instant issuedAt) =>
        new(issuedAt, CivilPeriod.LastDayOfDays(ChinaTime.DateAt(issuedAt), ValidDays));

    /// <summary>The instant the number dies: 24:00 China time at the end of <see cref="LastDay"/>.</summary>
    public Instant EndsAt => ChinaTime.EndOf(LastDay);

    public bool IsExpiredAt(Instant now) => now >= EndsAt;

    /// <summary>
    /// Whole China calendar days after today that are still valid: 0 on the last day, and never negative.
    /// On 1 Dec with a last day of 23 Dec the card says "22 days left".
    /// </summary>
    public int DaysLeftAt(Instant now) =>
        IsExpiredAt(now) ? 0 : Period.Between(ChinaTime.DateAt(now), LastDay, PeriodUnits.Days).Days;
}
