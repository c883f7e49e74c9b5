using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Hosting;

namespace Pixfra.Rma.Bot.Slack;

public static class SlackRmaServiceCollectionExtensions
{
    /// <summary>The Slack app (Pixfra.Rma.Slack) with the RMA conversation behind it; forms kept in the conversation state store.</summary>
    public static IServiceCollection AddSlackRma(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SlackUserLocales>();
        services.AddSingleton<ISlackFormStore, StoredSlackForms>();
        services.AddSlackApp<SlackRmaHandler>(configuration);
        return services;
    }
}
