using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>A day off inside a holiday block.</summary>
/// <param name="Provisional">True when the block was computed because that year's schedule is not published yet.</param>
public sealed record HolidayDay(LocalDate Date, HolidayBlock Block, bool Provisional);
