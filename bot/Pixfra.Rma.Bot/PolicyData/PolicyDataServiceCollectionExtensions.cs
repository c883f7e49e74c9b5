using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Bot.PolicyData;

public static class PolicyDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the holiday calendar, the catalog and the warranty evaluator, read from
    /// <c>Holidays:Path</c> and <c>Catalog:Path</c>, and checks them while the host starts.
    /// </summary>
    public static IServiceCollection AddPolicyData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new PolicyDataOptions();
        options.HolidaysPath = configuration["Holidays:Path"] ?? options.HolidaysPath;
        options.CatalogPath = configuration["Catalog:Path"] ?? options.CatalogPath;

        services.AddSingleton(_ => PolicyDataFiles.LoadHolidayCalendar(options.Resolve(options.HolidaysPath)));
        services.AddSingleton(_ => PolicyDataFiles.LoadCatalog(options.Resolve(options.CatalogPath)));
        services.AddSingleton<WarrantyEvaluator>();
        services.AddHostedService<PolicyDataStartupCheck>();
        return services;
    }
}
