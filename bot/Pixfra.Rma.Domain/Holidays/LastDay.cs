using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>A period's last day before and after the holiday rule of clause P7.</summary>
/// <param name="Nominal">The last day by period arithmetic alone.</param>
/// <param name="Effective">The last day that counts: the nominal one, or the first working day after its holiday.</param>
/// <param name="Provisional">True when a schedule this rests on is not published yet.</param>
public sealed record LastDay(LocalDate Nominal, LocalDate Effective, HolidayShift? Shift, bool Provisional);
