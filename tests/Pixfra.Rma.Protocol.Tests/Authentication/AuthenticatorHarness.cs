using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Tests.Authentication;

/// <summary>A <see cref="BotAuthenticator"/> pointed at a <see cref="TestSigningAuthority"/>, on a fake clock.</summary>
internal sealed class AuthenticatorHarness : IDisposable
{
    public const string AppId = "4a1c2b3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    private readonly ServiceProvider _services;

    public AuthenticatorHarness(TestSigningAuthority authority, string? appId = AppId, BotAppType appType = BotAppType.SingleTenant)
    {
        ArgumentNullException.ThrowIfNull(authority);
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppTenantId = TenantId,
            MicrosoftAppType = appType,
            OpenIdMetadataUrl = authority.ChannelMetadataUrl,
            EntraMetadataUrl = authority.EntraMetadataUrl,
            RequireHttpsMetadata = false,
        };
        Authenticator = new BotAuthenticator(
            Options.Create(options), _services.GetRequiredService<IHttpClientFactory>(), Clock, NullLogger<BotAuthenticator>.Instance);
    }

    public FakeTimeProvider Clock { get; }

    public BotAuthenticator Authenticator { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static Activity TeamsActivity(string serviceUrl = ServiceUrl, string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:1" },
    };

    public static Dictionary<string, object?> ChannelClaims(string? audience = AppId, string? issuer = AuthenticationConstants.ChannelIssuer, string? serviceUrl = ServiceUrl) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
    };

    public Task<BotAuthenticationResult> AuthenticateAsync(string? token, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(token is null ? null : $"Bearer {token}", activity ?? TeamsActivity(), TestContext.Current.CancellationToken);

    public void Dispose()
    {
        Authenticator.Dispose();
        _services.Dispose();
    }
}
