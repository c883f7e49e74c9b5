using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Holidays;

namespace Pixfra.Rma.Testing;

/// <summary>The operator data the host ships (bot/Pixfra.Rma.Bot/data), read the way the host reads it.</summary>
public static class ShippedData
{
    private static readonly Lazy<IReadOnlyList<HolidaySchedule>> LazySchedules = new(LoadSchedules);
    private static readonly Lazy<HolidayCalendar> LazyCalendar = new(() => HolidayCalendar.Create(LazySchedules.Value));
    private static readonly Lazy<ProductCatalog> LazyCatalog = new(() =>
        ProductCatalogJson.Parse(File.ReadAllText(InData("catalog.sample.json")), "catalog.sample.json"));

    public static string HolidayFolder => InData("holidays-cn");

    public static IReadOnlyList<HolidaySchedule> HolidaySchedules => LazySchedules.Value;

    public static HolidayCalendar HolidayCalendar => LazyCalendar.Value;

    public static ProductCatalog SampleCatalog => LazyCatalog.Value;

    public static string InData(params string[] parts) => RepositoryPaths.InRoot(["bot", "Pixfra.Rma.Bot", "data", .. parts]);

    private static List<HolidaySchedule> LoadSchedules() =>
        Directory.EnumerateFiles(HolidayFolder, "cn-*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => HolidayScheduleJson.Parse(File.ReadAllText(path), Path.GetFileName(path)))
            .OfType<HolidaySchedule>()
            .ToList();
}
