using NodaTime;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Domain.Warranty;

/// <summary>
/// Clauses P4–P7 and P9: where the warranty starts, when each part's term ends, whether the holiday
/// rule moves that end, and whether tampering excludes the unit altogether.
/// </summary>
public sealed class WarrantyEvaluator(HolidayCalendar holidays)
{
    /// <param name="evaluatedOn">The China calendar day the claim is made (see <see cref="ChinaTime.DateAt"/>):
    /// the last day lasts until 24:00 China time, so a unit is covered on its last day.</param>
    public WarrantyAssessment Evaluate(ProductLineFacts facts, LocalDate evaluatedOn)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var start = StartOf(facts);
        var startInFuture = start is not null && start.Date > evaluatedOn;
        var terms = facts.Category.Terms;

        var components = Verdict(CoveredPart.Components, terms.ComponentYears, start, startInFuture, facts.Tamper, evaluatedOn);
        var battery = facts.HasRemovableBattery && terms.BatteryYears is { } batteryYears
            ? Verdict(CoveredPart.Battery, batteryYears, start, startInFuture, facts.Tamper, evaluatedOn)
            : null;

        var provisional = components.LastDay?.Provisional == true || battery?.LastDay?.Provisional == true;
        return new WarrantyAssessment(evaluatedOn, start, components, battery, facts.Tamper, provisional, startInFuture);
    }

    /// <summary>Clause P4: the invoice's purchase date when there is one, else the factory delivery date.</summary>
    public static WarrantyStart? StartOf(ProductLineFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts switch
        {
            { InvoiceDate: { } invoice } => new WarrantyStart(invoice, WarrantyStartSource.Invoice),
            { FactoryDeliveryDate: { } delivery } => new WarrantyStart(delivery, WarrantyStartSource.FactoryDelivery),
            _ => null,
        };
    }

    private CoverageVerdict Verdict(CoveredPart part, int years, WarrantyStart? start, bool startInFuture, TamperAnswers tamper, LocalDate evaluatedOn)
    {
        var lastDay = start is null ? null : holidays.ResolveLastDay(CivilPeriod.LastDayOfYears(start.Date, years));
        var status = (tamper.Any, lastDay) switch
        {
            (true, _) => CoverageStatus.Excluded,
            (_, null) => CoverageStatus.Unverified,
            _ when startInFuture => CoverageStatus.Unverified,
            (_, { } day) when evaluatedOn <= day.Effective => CoverageStatus.Covered,
            _ => CoverageStatus.Expired,
        };
        return new CoverageVerdict(part, status, years, lastDay);
    }
}
