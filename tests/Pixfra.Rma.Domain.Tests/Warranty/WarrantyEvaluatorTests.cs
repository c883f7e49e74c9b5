using NodaTime;
using NodaTime.Text;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Domain.Warranty;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Domain.Tests.Warranty;

public sealed class WarrantyEvaluatorTests
{
    private static readonly WarrantyEvaluator Evaluator = new(ShippedData.HolidayCalendar);
    private static readonly ProductModel WithBattery = ShippedData.SampleCatalog.FindModel("SAMPLE-TC384")!;
    private static readonly ProductModel WithoutBattery = ShippedData.SampleCatalog.FindModel("SAMPLE-TF256")!;

    [Fact]
    public void P4_InvoiceDate_IsTheStart_EvenWhenTheFactoryDeliveryDateIsKnown()
    {
        var result = Evaluate(Line(invoice: "2023-03-15", factory: "2023-01-10"), on: "2024-01-01");

        Assert.Equal(new WarrantyStart(Date("2023-03-15"), WarrantyStartSource.Invoice), result.Start);
    }

    [Fact]
    public void P4_WithoutInvoice_FactoryDeliveryDate_IsTheStart()
    {
        var result = Evaluate(Line(factory: "2023-01-10"), on: "2024-01-01");

        Assert.Equal(new WarrantyStart(Date("2023-01-10"), WarrantyStartSource.FactoryDelivery), result.Start);
        Assert.Equal(Date("2026-01-10"), result.Components.LastDay!.Nominal);
    }

    [Fact]
    public void P4_WithNeitherDate_EveryPartIsUnverified_NeverGuessed()
    {
        var result = Evaluate(Line(), on: "2024-01-01");

        Assert.Null(result.Start);
        Assert.All(result.Verdicts, v => Assert.Equal(CoverageStatus.Unverified, v.Status));
        Assert.All(result.Verdicts, v => Assert.Null(v.LastDay));
    }

    [Fact]
    public void P4_InvoiceDatedAfterTheClaim_IsUnverified()
    {
        var result = Evaluate(Line(invoice: "2026-12-02"), on: "2026-12-01");

        Assert.True(result.StartInFuture);
        Assert.All(result.Verdicts, v => Assert.Equal(CoverageStatus.Unverified, v.Status));
    }

    [Fact]
    public void P5_BatteryExpired_WhileComponentsAreCovered()
    {
        var result = Evaluate(Line(invoice: "2025-01-10"), on: "2026-06-01");

        Assert.Equal(CoverageStatus.Covered, result.Components.Status);
        Assert.Equal(3, result.Components.TermYears);
        Assert.Equal(CoverageStatus.Expired, result.Battery!.Status);
        Assert.Equal(1, result.Battery.TermYears);
        Assert.Equal(Date("2026-01-10"), result.Battery.LastDay!.Effective);
    }

    [Fact]
    public void P5_ModelWithoutRemovableBattery_HasNoBatteryVerdict()
    {
        var result = Evaluate(Line(model: WithoutBattery, invoice: "2025-01-10"), on: "2026-06-01");

        Assert.Null(result.Battery);
        Assert.Single(result.Verdicts);
    }

    [Theory]
    [InlineData("2023-03-15", 3, "2026-03-15")]   // the policy's example: start day not counted, same day 3 years later
    [InlineData("2024-02-29", 1, "2025-02-28")]   // the policy's example: no 29 Feb, so the month's last day
    [InlineData("2024-02-29", 4, "2028-02-29")]   // 29 Feb exists four years later
    [InlineData("2020-02-29", 3, "2023-02-28")]
    [InlineData("2023-01-31", 1, "2024-01-31")]
    public void P6_PeriodOfYears_EndsOnTheSameDayOrTheMonthsLastDay(string start, int years, string lastDay)
    {
        Assert.Equal(Date(lastDay), Time.CivilPeriod.LastDayOfYears(Date(start), years));
    }

    [Theory]
    [InlineData("2026-03-15", CoverageStatus.Covered)]  // the last day itself is covered, until 24:00 China time
    [InlineData("2026-03-16", CoverageStatus.Expired)]
    public void P6_ThreeYearsFromInvoice_CoverUntilTheEndOfTheLastDay(string on, CoverageStatus expected)
    {
        var result = Evaluate(Line(invoice: "2023-03-15"), on: on);

        Assert.Equal(Date("2026-03-15"), result.Components.LastDay!.Effective);
        Assert.Equal(expected, result.Components.Status);
    }

    [Theory]
    [InlineData("2025-02-28", CoverageStatus.Covered)]
    [InlineData("2025-03-01", CoverageStatus.Expired)]
    public void P6_BatteryFrom29February_EndsOn28February(string on, CoverageStatus expected)
    {
        var result = Evaluate(Line(invoice: "2024-02-29"), on: on);

        Assert.Equal(Date("2025-02-28"), result.Battery!.LastDay!.Effective);
        Assert.Equal(expected, result.Battery.Status);
    }

    [Theory]
    [InlineData("2026-10-08", CoverageStatus.Covered)]
    [InlineData("2026-10-09", CoverageStatus.Expired)]
    public void P7_LastDayInNationalDayBlock_MovesToFirstWorkingDay(string on, CoverageStatus expected)
    {
        var result = Evaluate(Line(invoice: "2023-10-03"), on: on);

        var lastDay = result.Components.LastDay!;
        Assert.Equal(Date("2026-10-03"), lastDay.Nominal);
        Assert.Equal(Date("2026-10-08"), lastDay.Effective);
        Assert.Contains(HolidayKind.NationalDay, lastDay.Shift!.Holiday.Holidays);
        Assert.Equal(expected, result.Components.Status);
        Assert.False(result.Provisional);
    }

    [Fact]
    public void P7_SpringFestivalShift_AppliesToTheBatteryToo()
    {
        var result = Evaluate(Line(invoice: "2025-02-20"), on: "2026-02-24");

        Assert.Equal(Date("2026-02-24"), result.Battery!.LastDay!.Effective);
        Assert.Equal(CoverageStatus.Covered, result.Battery.Status);
    }

    [Fact]
    public void P8_LastDayInUnpublishedYear_IsProvisional()
    {
        var result = Evaluate(Line(invoice: "2024-10-02"), on: "2027-10-04");

        Assert.Equal(Date("2027-10-04"), result.Components.LastDay!.Effective);
        Assert.Equal(CoverageStatus.Covered, result.Components.Status);
        Assert.True(result.Provisional);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public void P9_PaintedTamperedOrLabelRemoved_ExcludesEveryPart(bool painted, bool tampered, bool labelRemoved)
    {
        var result = Evaluate(Line(invoice: "2026-01-05", tamper: new TamperAnswers(painted, tampered, labelRemoved)), on: "2026-06-01");

        Assert.All(result.Verdicts, v => Assert.Equal(CoverageStatus.Excluded, v.Status));
        Assert.NotNull(result.Start);
    }

    [Fact]
    public void P9_Exclusion_WinsOverAMissingStartDate()
    {
        var result = Evaluate(Line(tamper: new TamperAnswers(false, true, false)), on: "2026-06-01");

        Assert.Equal(CoverageStatus.Excluded, result.Components.Status);
    }

    private static WarrantyAssessment Evaluate(ProductLineFacts facts, string on) => Evaluator.Evaluate(facts, Date(on));

    private static ProductLineFacts Line(ProductModel? model = null, string? invoice = null, string? factory = null, TamperAnswers? tamper = null)
    {
        model ??= WithBattery;
        return new ProductLineFacts(
            ShippedData.SampleCatalog.CategoryOf(model),
            model.HasRemovableBattery,
            SerialNumber.Parse("PX384A1B2C3D"),
            model.PartNumbers[0],
            invoice is null ? null : Date(invoice),
            factory is null ? null : Date(factory),
            tamper ?? TamperAnswers.None);
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
