namespace Pixfra.Rma.Domain.Holidays;

/// <summary>The public holidays of the PRC holiday regulation (全国年节及纪念日放假办法).</summary>
public enum HolidayKind
{
    NewYear,
    SpringFestival,
    Qingming,
    LabourDay,
    DragonBoat,
    MidAutumn,
    NationalDay,
}
