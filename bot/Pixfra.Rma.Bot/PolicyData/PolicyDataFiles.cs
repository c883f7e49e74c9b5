using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Holidays;

namespace Pixfra.Rma.Bot.PolicyData;

/// <summary>
/// Reads the operator data the policy runs on — holiday schedules and the product catalog — from files
/// an operator can replace without a rebuild. Any mistake stops the host at start with the file named:
/// a bot that guessed warranty dates from half-read data would be worse than no bot.
/// </summary>
public static class PolicyDataFiles
{
    public static HolidayCalendar LoadHolidayCalendar(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"Holidays:Path: the holiday schedule folder '{folder}' does not exist.");
        }

        var schedules = Directory.EnumerateFiles(folder, "cn-*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => HolidayScheduleJson.Parse(File.ReadAllText(path), path))
            .OfType<HolidaySchedule>()
            .ToList();
        return HolidayCalendar.Create(schedules);
    }

    public static ProductCatalog LoadCatalog(string path) =>
        File.Exists(path)
            ? ProductCatalogJson.Parse(File.ReadAllText(path), path)
            : throw new InvalidOperationException($"Catalog:Path: the product catalog '{path}' does not exist.");
}
