using System.Net;
using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Authentication;
using Pixfra.Rma.Protocol.Tests.Authentication;

namespace Pixfra.Rma.Protocol.Tests.Turns;

/// <summary>The pipeline with authentication on, against a local OpenID provider and real signed tokens.</summary>
public sealed class AuthenticatedPipelineTests : IAsyncLifetime
{
    private const string AppId = "4a1c2b3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d";
    private TestSigningAuthority _authority = null!;
    private BotHost _host = null!;
    private SigningKey _key = null!;

    public async ValueTask InitializeAsync()
    {
        _authority = await TestSigningAuthority.StartAsync();
        _key = _authority.AddChannelKey("pipeline-key", "msteams");
        _host = await BotHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "unused-in-this-test",
            ["MicrosoftAppTenantId"] = "tenant-1",
            ["MicrosoftAppType"] = "SingleTenant",
            ["BotAuthentication:OpenIdMetadataUrl"] = _authority.ChannelMetadataUrl.AbsoluteUri,
            ["BotAuthentication:EntraMetadataUrl"] = _authority.EntraMetadataUrl.AbsoluteUri,
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        });
        // The token provider would call Microsoft login; this suite only checks inbound, so no replies.
        _host.Handler.OnTurn = (_, _) => Task.FromResult<Pixfra.Rma.Protocol.Activities.InvokeResponse?>(null);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _authority.DisposeAsync();
    }

    private string Token(string? serviceUrl = null) => TestSigningAuthority.Sign(_key, new Dictionary<string, object?>
    {
        ["iss"] = AuthenticationConstants.ChannelIssuer,
        ["aud"] = AppId,
        ["serviceurl"] = serviceUrl ?? _host.Connector.ServiceUrl.AbsoluteUri,
    }, DateTimeOffset.UtcNow.AddMinutes(-1), TimeSpan.FromHours(1));

    [Fact]
    public async Task ValidToken_RunsTheTurn()
    {
        using var response = await _host.PostAsync(_host.Message("ok"), Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(_host.Handler.Turns);
        Assert.Equal(AppId, turn.Authentication.AppId);
        Assert.Equal(_host.Connector.ServiceUrl.AbsoluteUri, turn.Authentication.ServiceUrl);
    }

    [Fact]
    public async Task NoHeader_Answers401_AndRunsNoTurn()
    {
        using var response = await _host.PostAsync(_host.Message("anon"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("missing Authorization header", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["error"]);
        Assert.Empty(_host.Handler.Turns);
    }

    [Fact]
    public async Task ServiceUrlMismatch_Answers401()
    {
        using var response = await _host.PostAsync(_host.Message("spoof"), Token(serviceUrl: "https://smba.trafficmanager.net/emea/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Handler.Turns);
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_Answers403()
    {
        using var response = await _host.PostAsync(_host.Message("slack") with { ChannelId = "slack" }, Token());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_host.Handler.Turns);
    }
}
