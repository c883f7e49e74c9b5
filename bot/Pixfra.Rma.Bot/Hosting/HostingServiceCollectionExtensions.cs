using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Bot.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The app registration settings, validated when the host starts, and the warning when authentication is off.</summary>
    public static IServiceCollection AddAppRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AppRegistrationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AppRegistrationOptions>, AppRegistrationOptionsValidator>();
        services.AddHostedService<AuthenticationModeWarning>();
        return services;
    }
}
