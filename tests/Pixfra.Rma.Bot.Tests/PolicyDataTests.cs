using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pixfra.Rma.Domain.Holidays;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>P8: the holiday schedules are data the operator replaces without a rebuild, read at start.</summary>
public sealed class PolicyDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pixfra-holidays-").FullName;

    [Fact]
    public void P8_HostStarts_WithTheShippedSchedules()
    {
        using var factory = new WebApplicationFactory<Program>();

        var calendar = factory.Services.GetRequiredService<HolidayCalendar>();

        Assert.Equal(Enumerable.Range(2019, 8), calendar.PublishedYears);
    }

    [Fact]
    public void P8_OperatorAddsNextYearsSchedule_WithoutARebuild()
    {
        CopyShippedSchedules();
        File.WriteAllText(Path.Combine(_folder, "cn-2027.json"), """
            { "year": 2027, "status": "official", "source": "test notice",
              "blocks": [ { "holidays": ["NationalDay"], "daysOff": "2027-10-01..2027-10-07", "workingDays": ["2027-09-26", "2027-10-09"] } ] }
            """);
        using var factory = HostWithHolidays(_folder);

        var calendar = factory.Services.GetRequiredService<HolidayCalendar>();
        var lastDay = calendar.ResolveLastDay(new LocalDate(2027, 10, 2));

        Assert.True(calendar.IsPublished(2027));
        Assert.Equal(new LocalDate(2027, 10, 8), lastDay.Effective);
        Assert.False(lastDay.Provisional);
    }

    [Fact]
    public void P8_BrokenScheduleFile_StopsTheHostAtStart_NamingTheFile()
    {
        CopyShippedSchedules();
        File.WriteAllText(Path.Combine(_folder, "cn-2027.json"), """{ "year": 2027, "status": "official", "source": "x", "blocks": [ { "holidays": ["Nope"], "daysOff": "2027-01-01" } ] }""");
        using var factory = HostWithHolidays(_folder);

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        Assert.Contains("cn-2027.json", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void CopyShippedSchedules()
    {
        foreach (var file in Directory.EnumerateFiles(ShippedData.HolidayFolder, "cn-*.json"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    private static WebApplicationFactory<Program> HostWithHolidays(string folder) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Holidays:Path", folder));
}
