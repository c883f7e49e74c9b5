using Pixfra.Rma.Bot.Rma;
using Pixfra.Rma.Bot.Telemetry;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Hosting;

namespace Pixfra.Rma.Bot.Hosting;

public static class BotHostServiceCollectionExtensions
{
    /// <summary>
    /// The Bot Framework protocol (authentication, connector, turn pipeline, proactive messages) with the
    /// bot's handler observed per turn. In Development the connector may use plain http on loopback, which
    /// is how the Agents Playground's connector listens.
    /// </summary>
    public static IServiceCollection AddRmaBot(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddBotProtocol(configuration);
        if (environment.IsDevelopment())
        {
            services.PostConfigure<ConnectorOptions>(options => options.AllowLoopbackHttp = true);
        }

        services.AddScoped<RmaBotHandler>();
        services.AddBotHandler<ObservedBotHandler<RmaBotHandler>>();
        return services;
    }
}
