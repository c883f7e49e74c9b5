using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pixfra.Rma.Protocol.Turns;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Slack.Hosting;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// The Slack app's endpoints, queue, background processor and Web API client, settings from section
    /// <c>Slack</c>. <typeparamref name="THandler"/> does the work (scoped).
    /// </summary>
    public static IServiceCollection AddSlackApp<THandler>(this IServiceCollection services, IConfiguration configuration)
        where THandler : class, ISlackHandler
    {
        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.Section))
            .Validate(o => o.MaxAttempts is > 0 and <= 10, "Slack:MaxAttempts must be 1–10.")
            .Validate(o => o.ReplayWindow > TimeSpan.Zero && o.ReplayWindow <= TimeSpan.FromMinutes(5), "Slack:ReplayWindow must be at most 5 minutes.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IProcessedActivityStore, InMemoryProcessedActivityStore>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<SlackBacklog>();
        services.TryAddSingleton<ISlackFormStore, InMemorySlackFormStore>();
        services.TryAddSingleton<SlackRequestEndpoint>();
        services.AddHostedService<SlackWorkProcessor>();
        services.AddHttpClient<SlackWebApiClient>();
        services.TryAddScoped<ISlackHandler, THandler>();
        return services;
    }
}
