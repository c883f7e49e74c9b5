using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Hosting;

public static class BotProtocolServiceCollectionExtensions
{
    /// <summary>
    /// Registers inbound authentication, outbound tokens, the Connector client, the turn pipeline and
    /// proactive messaging. Settings: <c>MicrosoftApp*</c> at the configuration root (or in the
    /// <c>BotAuthentication</c> section, with the metadata URLs), <c>BotConnector</c> and <c>BotProtocol</c>
    /// sections. In-memory de-duplication and reference stores are registered only when no other
    /// implementation is; register storage adapters to replace them. The host adds an <see cref="IBotHandler"/>.
    /// </summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName));
        services.AddOptions<BotProtocolOptions>().Bind(configuration.GetSection(BotProtocolOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotAuthenticator.HttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IBotAuthenticator, BotAuthenticator>();
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.AddHttpClient<IConnectorClient, ConnectorClient>();

        services.TryAddSingleton<IProcessedActivityStore, InMemoryProcessedActivityStore>();
        services.TryAddSingleton<IConversationReferenceStore, InMemoryConversationReferenceStore>();
        services.TryAddSingleton<RecentConversationReferences>();
        services.TryAddSingleton<ConversationLocks>();
        services.TryAddSingleton<BotMessageEndpoint>();
        services.TryAddTransient<IProactiveMessenger, ProactiveMessenger>();
        return services;
    }

    /// <summary>Registers the routing surface the pipeline calls, one instance per request.</summary>
    public static IServiceCollection AddBotHandler<THandler>(this IServiceCollection services)
        where THandler : class, IBotHandler
    {
        services.AddScoped<IBotHandler, THandler>();
        return services;
    }
}
