using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>
/// Outbound tokens by MSAL (PROTOCOL.md §2): client credentials against the tenant authority
/// (SingleTenant) or the botframework.com authority (MultiTenant), or a user-assigned managed
/// identity. One MSAL application per process, so MSAL's in-memory token cache is reused.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly BotAuthenticationOptions _options;
    private readonly Lazy<Func<CancellationToken, Task<string>>> _acquire;

    public MsalBotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var msalHttp = new MsalHttpClientFactory(httpClientFactory);
        _acquire = new Lazy<Func<CancellationToken, Task<string>>>(() => CreateAcquirer(_options, msalHttp));
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_options.IsAuthenticationDisabled)
        {
            return null;
        }

        return await _acquire.Value(cancellationToken);
    }

    /// <summary>The authority MSAL asks for a client-credentials token.</summary>
    public static Uri AuthorityFor(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EffectiveAppType == BotAppType.SingleTenant
            ? new Uri($"{AuthenticationConstants.LoginAuthorityHost}/{options.MicrosoftAppTenantId}")
            : new Uri(AuthenticationConstants.MultiTenantAuthority);
    }

    private static Func<CancellationToken, Task<string>> CreateAcquirer(BotAuthenticationOptions options, IMsalHttpClientFactory http)
    {
        if (options.EffectiveAppType == BotAppType.UserAssignedMSI)
        {
            var identity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
                .WithHttpClientFactory(http)
                .Build();
            return async ct => (await identity
                .AcquireTokenForManagedIdentity(AuthenticationConstants.BotFrameworkResource)
                .ExecuteAsync(ct)).AccessToken;
        }

        var application = ConfidentialClientApplicationBuilder
            .Create(options.MicrosoftAppId)
            .WithAuthority(AuthorityFor(options).AbsoluteUri, validateAuthority: true)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(http)
            .Build();
        return async ct => (await application
            .AcquireTokenForClient([AuthenticationConstants.BotFrameworkScope])
            .ExecuteAsync(ct)).AccessToken;
    }
}
