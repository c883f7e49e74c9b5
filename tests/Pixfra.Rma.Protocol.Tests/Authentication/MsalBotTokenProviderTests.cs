using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Tests.Authentication;

public sealed class MsalBotTokenProviderTests : IDisposable
{
    private const string AppId = "4a1c2b3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private readonly FakeLoginHandler _login = new();
    private readonly ServiceProvider _services;

    public MsalBotTokenProviderTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _login);
        _services = services.BuildServiceProvider();
    }

    public void Dispose()
    {
        _services.Dispose();
        _login.Dispose();
    }

    private MsalBotTokenProvider Provider(BotAppType type, string? appId = AppId, string? password = "secret") =>
        new(Options.Create(new BotAuthenticationOptions
        {
            MicrosoftAppId = appId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = TenantId,
            MicrosoftAppType = type,
        }), _services.GetRequiredService<IHttpClientFactory>());

    [Theory]
    [InlineData(BotAppType.SingleTenant, "/" + TenantId + "/oauth2/v2.0/token")]
    [InlineData(BotAppType.MultiTenant, "/botframework.com/oauth2/v2.0/token")]
    public async Task ClientCredentials_AskTheRightAuthority_ForTheBotFrameworkScope(BotAppType type, string tokenPath)
    {
        var token = await Provider(type).GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("msal-access-token", token);
        var request = Assert.Single(_login.Requests, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        Assert.Equal("login.microsoftonline.com", request.Uri.Host);
        Assert.Equal(tokenPath, request.Uri.AbsolutePath);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal("secret", form["client_secret"]);
    }

    [Fact]
    public async Task Tokens_AreCachedByMsal()
    {
        var provider = Provider(BotAppType.SingleTenant);

        await provider.GetTokenAsync(TestContext.Current.CancellationToken);
        await provider.GetTokenAsync(TestContext.Current.CancellationToken);
        var token = await provider.GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("msal-access-token", token);
        Assert.Equal(1, _login.TokenRequests);
    }

    [Fact]
    public async Task NoAppId_GivesNoToken_AndCallsNobody()
    {
        var token = await Provider(BotAppType.MultiTenant, appId: "").GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Null(token);
        Assert.Empty(_login.Requests);
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_AsksTheIdentityEndpoint_ForTheBotFrameworkResource()
    {
        var token = await Provider(BotAppType.UserAssignedMSI, password: null).GetTokenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("msi-access-token", token);
        var request = Assert.Single(_login.Requests, r => r.Uri.AbsolutePath.EndsWith("/token", StringComparison.Ordinal));
        var query = System.Web.HttpUtility.ParseQueryString(request.Uri.Query);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(AppId, query["client_id"]);
    }

    [Theory]
    [InlineData(BotAppType.SingleTenant, "secret", null, false)]
    [InlineData(BotAppType.SingleTenant, null, TenantId, false)]
    [InlineData(BotAppType.SingleTenant, "secret", TenantId, true)]
    [InlineData(BotAppType.MultiTenant, "secret", null, true)]
    [InlineData(BotAppType.MultiTenant, null, null, false)]
    [InlineData(BotAppType.UserAssignedMSI, null, TenantId, true)]
    [InlineData(BotAppType.UserAssignedMSI, "secret", TenantId, false)]
    [InlineData(BotAppType.UserAssignedMSI, null, null, false)]
    public void Settings_AreValidatedLikeBbd(BotAppType type, string? password, string? tenant, bool valid)
    {
        var result = new BotAuthenticationOptionsValidator().Validate(null, new BotAuthenticationOptions
        {
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = password,
            MicrosoftAppTenantId = tenant,
            MicrosoftAppType = type,
        });

        Assert.Equal(valid, result.Succeeded);
    }
}
