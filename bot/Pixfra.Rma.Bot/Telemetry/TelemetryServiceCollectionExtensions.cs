using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Pixfra.Rma.Protocol.Hosting;

namespace Pixfra.Rma.Bot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The Application Insights setting App Service and the Azure Monitor exporter both use.</summary>
    public const string AzureMonitorConnectionStringSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, outgoing HTTP, one span per turn) and metrics (turn duration),
    /// exported to Azure Monitor only when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; locally the
    /// pipeline still runs so tests can listen to it.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotTelemetry>();
        services.AddSingleton<TurnObserver>();
        services.TryAddSingleton(TimeProvider.System);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(BotTelemetry.Name))
            .WithTracing(tracing => tracing
                .AddSource(BotTelemetry.Name, ProtocolTelemetry.Name)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path != "/healthz")
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.Name, ProtocolTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        var connectionString = configuration[AzureMonitorConnectionStringSetting];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            telemetry.UseAzureMonitorExporter(options => options.ConnectionString = connectionString);
        }

        return services;
    }
}
