namespace Pixfra.Rma.Bot.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The loud warning at start when authentication is off; the protocol layer validates the registration itself.</summary>
    public static IServiceCollection AddAuthenticationModeWarning(this IServiceCollection services)
    {
        services.AddHostedService<AuthenticationModeWarning>();
        return services;
    }
}
