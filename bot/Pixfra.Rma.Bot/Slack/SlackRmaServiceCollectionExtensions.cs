using Pixfra.Rma.Slack.Hosting;

namespace Pixfra.Rma.Bot.Slack;

public static class SlackRmaServiceCollectionExtensions
{
    /// <summary>The Slack app (Pixfra.Rma.Slack) with the RMA conversation behind it.</summary>
    public static IServiceCollection AddSlackRma(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SlackUserLocales>();
        services.AddSlackApp<SlackRmaHandler>(configuration);
        return services;
    }
}
