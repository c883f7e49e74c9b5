using NodaTime;

namespace Pixfra.Rma.Domain.Time;

/// <summary>
/// The policy is under Chinese law: its day boundaries (the last warranty day, the last day an RMA
/// number is valid) are days in Asia/Shanghai, whatever the distributor's own clock says.
/// </summary>
public static class ChinaTime
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The China calendar date at an instant.</summary>
    public static LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The instant a China calendar day ends (24:00, i.e. the next day's start).</summary>
    public static Instant EndOf(LocalDate day) => day.PlusDays(1).AtStartOfDayInZone(Zone).ToInstant();
}
