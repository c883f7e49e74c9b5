using System.Globalization;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Cards.Text;

/// <summary>
/// The plain-language reading of a warranty verdict, sentence by sentence, in the user's language:
/// where the warranty started and on what evidence, each part's verdict and last day, why a last day
/// moved (clause P7), why a unit is excluded (P9), and when a date is provisional (P8).
/// </summary>
public static class WarrantyExplanation
{
    public static IReadOnlyList<string> Explain(WarrantyAssessment assessment, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var lines = new List<string> { StartSentence(assessment, culture) };

        if (assessment.Tamper.Any)
        {
            lines.Add(BotText.Format("Warranty_Excluded_Reason", culture, TamperList(assessment.Tamper, culture)));
        }

        foreach (var verdict in assessment.Verdicts)
        {
            lines.Add(VerdictSentence(verdict, culture));
            if (verdict.LastDay?.Shift is { } shift && verdict.Status is not CoverageStatus.Excluded)
            {
                lines.Add(BotText.Format("Warranty_Shifted", culture, Date(shift.From, culture), Date(shift.To, culture), HolidayName(shift.Holiday, culture)));
            }
        }

        var provisionalYears = assessment.Verdicts
            .Where(v => v.LastDay?.Provisional == true)
            .Select(v => v.LastDay!.Effective.Year)
            .Distinct()
            .Order();
        lines.AddRange(provisionalYears.Select(year => BotText.Format("Warranty_Provisional", culture, year)));
        return lines;
    }

    public static string PartName(CoveredPart part, CultureInfo culture) => BotText.Get($"Warranty_Part_{part}", culture);

    public static string HolidayName(HolidayBlock block, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(block);
        return string.Join(BotText.Get("Holiday_Joiner", culture), block.Holidays.Select(h => BotText.Get($"Holiday_{h}", culture)));
    }

    private static string StartSentence(WarrantyAssessment assessment, CultureInfo culture) => assessment switch
    {
        { StartInFuture: true, Start: { } start } => BotText.Format("Warranty_StartInFuture", culture, Date(start.Date, culture)),
        { Start: { Source: WarrantyStartSource.Invoice } start } => BotText.Format("Warranty_Start_Invoice", culture, Date(start.Date, culture)),
        { Start: { } start } => BotText.Format("Warranty_Start_FactoryDelivery", culture, Date(start.Date, culture)),
        _ => BotText.Get("Warranty_NoStart", culture),
    };

    private static string VerdictSentence(CoverageVerdict verdict, CultureInfo culture)
    {
        var part = PartName(verdict.Part, culture);
        return verdict switch
        {
            { Status: CoverageStatus.Covered, LastDay: { } day } => BotText.Format("Warranty_Covered", culture, part, Date(day.Effective, culture), verdict.TermYears),
            { Status: CoverageStatus.Expired, LastDay: { } day } => BotText.Format("Warranty_Expired", culture, part, Date(day.Effective, culture), verdict.TermYears),
            { Status: CoverageStatus.Excluded } => BotText.Format("Warranty_Excluded", culture, part),
            _ => BotText.Format("Warranty_Unverified", culture, part),
        };
    }

    private static string TamperList(TamperAnswers tamper, CultureInfo culture)
    {
        var facts = new List<string>();
        if (tamper.Painted)
        {
            facts.Add(BotText.Get("Warranty_Tamper_Painted", culture));
        }

        if (tamper.Tampered)
        {
            facts.Add(BotText.Get("Warranty_Tamper_Tampered", culture));
        }

        if (tamper.LabelRemoved)
        {
            facts.Add(BotText.Get("Warranty_Tamper_LabelRemoved", culture));
        }

        return string.Join(BotText.Get("Warranty_ListSeparator", culture), facts);
    }

    private static string Date(NodaTime.LocalDate date, CultureInfo culture) => BotDates.Format(date, culture);
}
