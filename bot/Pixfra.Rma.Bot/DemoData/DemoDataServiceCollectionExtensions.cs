namespace Pixfra.Rma.Bot.DemoData;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>Seeds the demo data at start when <c>DemoData:Enabled</c> is true.</summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddHostedService<DemoDataSeeder>();
        return services;
    }
}
