namespace Pixfra.Rma.Domain.Holidays;

/// <summary>The official holiday schedule of one year, as published by the State Council.</summary>
/// <param name="Year">The year in the notice's title; its New Year block may start in the December before.</param>
/// <param name="Source">Which notice(s) the schedule was transcribed from, for audit.</param>
public sealed record HolidaySchedule(int Year, string Source, IReadOnlyList<HolidayBlock> Blocks);
