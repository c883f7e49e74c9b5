using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Holidays;

namespace Pixfra.Rma.Bot.PolicyData;

/// <summary>Loads the policy data while the host starts, so a broken file stops it instead of the first claim.</summary>
internal sealed partial class PolicyDataStartupCheck(IServiceProvider services, ILogger<PolicyDataStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var calendar = services.GetRequiredService<HolidayCalendar>();
        var catalog = services.GetRequiredService<ProductCatalog>();
        var years = calendar.PublishedYears.ToList();
        LogHolidays(logger, years.Count == 0 ? "none" : $"{years[0]}–{years[^1]}");
        if (catalog.IsSample)
        {
            LogSampleCatalog(logger, catalog.Name);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Official PRC holiday schedules loaded for {Years}; other years use provisional statutory days (clause P8).")]
    private static partial void LogHolidays(ILogger logger, string years);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The product catalog is sample data ({Catalog}); set Catalog:Path to Pixfra's real catalog before production.")]
    private static partial void LogSampleCatalog(ILogger logger, string catalog);
}
