using NodaTime;

namespace Pixfra.Rma.Domain.Holidays;

/// <summary>
/// A last day moved by clause P7: it fell on <see cref="From"/>, a day off in <see cref="Holiday"/>'s
/// block, so the first working day after the block, <see cref="To"/>, is the last day instead.
/// </summary>
public sealed record HolidayShift(LocalDate From, LocalDate To, HolidayBlock Holiday, bool Provisional);
