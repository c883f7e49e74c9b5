using NodaTime;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Cards.Tests.Text;

public sealed class WarrantyExplanationTests
{
    private static readonly WarrantyEvaluator Evaluator = new(ShippedData.HolidayCalendar);

    [Fact]
    public void P7_ShiftedLastDay_IsExplainedWithTheHoliday_InEnglish()
    {
        var lines = Explain(invoice: new LocalDate(2023, 10, 3), on: new LocalDate(2026, 10, 8), BotCulture.English);

        Assert.Equal(
        [
            "The warranty started on 3 Oct 2023, the purchase date on the invoice.",
            "Components: under warranty until the end of 8 Oct 2026 (China time), 3-year term.",
            "The last day moved from 3 Oct 2026 to 8 Oct 2026 because 3 Oct 2026 is a public holiday in China (National Day).",
            "Removable battery: the warranty ended on 8 Oct 2024, 1-year term.",
            "The last day moved from 3 Oct 2024 to 8 Oct 2024 because 3 Oct 2024 is a public holiday in China (National Day).",
        ],
        lines);
    }

    [Fact]
    public void P7_ShiftedLastDay_IsExplainedWithTheHoliday_InChinese()
    {
        var lines = Explain(invoice: new LocalDate(2023, 10, 3), on: new LocalDate(2026, 10, 8), BotCulture.SimplifiedChinese);

        Assert.Contains("最后一天由 2026年10月3日 顺延至 2026年10月8日，因为 2026年10月3日 是中国法定节假日（国庆节）。", lines);
    }

    [Fact]
    public void P4_WithoutStartDate_SaysStaffWillReview()
    {
        var lines = Explain(invoice: null, on: new LocalDate(2026, 10, 8), BotCulture.English);

        Assert.StartsWith("There is no invoice date and no factory delivery record", lines[0], StringComparison.Ordinal);
        Assert.Contains("Components: cannot be checked yet.", lines);
    }

    [Fact]
    public void P9_Exclusion_SaysWhyAndPointsToTheSeller()
    {
        var lines = Explain(new LocalDate(2026, 1, 5), new LocalDate(2026, 6, 1), BotCulture.English, new TamperAnswers(true, false, true));

        Assert.Contains("The unit has been painted, stripped of its label, so the RMA policy does not apply. It can be repaired for a charge: please contact the seller.", lines);
    }

    [Fact]
    public void P8_ProvisionalDate_SaysTheScheduleIsNotPublished()
    {
        var lines = Explain(new LocalDate(2024, 10, 2), new LocalDate(2027, 1, 4), BotCulture.SimplifiedChinese);

        Assert.Contains("中国 2027 年的官方节假日安排尚未公布，此日期可能会变化。", lines);
    }

    private static IReadOnlyList<string> Explain(LocalDate? invoice, LocalDate on, System.Globalization.CultureInfo culture, TamperAnswers? tamper = null)
    {
        var model = ShippedData.SampleCatalog.FindModel("SAMPLE-TC384")!;
        var facts = new ProductLineFacts(ShippedData.SampleCatalog.CategoryOf(model), true, SerialNumber.Parse("PX384A1B2C3D"), null, invoice, null, tamper ?? TamperAnswers.None);
        return WarrantyExplanation.Explain(Evaluator.Evaluate(facts, on), culture);
    }
}
