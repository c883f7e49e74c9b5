using Microsoft.IdentityModel.Tokens;
using Pixfra.Rma.Protocol.Authentication;
using static Pixfra.Rma.Protocol.Tests.Authentication.AuthenticatorHarness;

namespace Pixfra.Rma.Protocol.Tests.Authentication;

public sealed class BotAuthenticatorTests : IAsyncLifetime
{
    private TestSigningAuthority _authority = null!;
    private SigningKey _teamsKey = null!;
    private SigningKey _entraKey = null!;
    private SigningKey _unendorsedKey = null!;

    public async ValueTask InitializeAsync()
    {
        _authority = await TestSigningAuthority.StartAsync();
        _teamsKey = _authority.AddChannelKey("teams-key", "msteams", "slack");
        _unendorsedKey = _authority.AddChannelKey("unendorsed-key");
        _entraKey = _authority.AddEntraKey("entra-key");
    }

    public ValueTask DisposeAsync() => _authority.DisposeAsync();

    [Fact]
    public async Task ValidChannelToken_IsAccepted_WithAppIdAndServiceUrl()
    {
        using var harness = new AuthenticatorHarness(_authority);
        var token = TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), harness.Now.AddMinutes(-1), TimeSpan.FromHours(1));

        var result = await harness.AuthenticateAsync(token);

        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(AppId, result.AppId);
        Assert.Equal(ServiceUrl, result.ServiceUrl);
        Assert.False(result.IsAnonymous);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task ChannelToken_SignedWithOtherRsaAlgorithms_IsAccepted(string algorithm)
    {
        using var harness = new AuthenticatorHarness(_authority);
        var token = TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), harness.Now, TimeSpan.FromHours(1),
            algorithm == "RS384" ? SecurityAlgorithms.RsaSha384 : SecurityAlgorithms.RsaSha512);

        Assert.True((await harness.AuthenticateAsync(token)).Succeeded);
    }

    [Fact]
    public async Task ServiceUrlClaim_IsComparedCaseInsensitively()
    {
        using var harness = new AuthenticatorHarness(_authority);
        var token = TestSigningAuthority.Sign(_teamsKey, ChannelClaims(serviceUrl: ServiceUrl.ToUpperInvariant()), harness.Now, TimeSpan.FromHours(1));

        Assert.True((await harness.AuthenticateAsync(token)).Succeeded);
    }

    public static TheoryData<string, int> RefusedChannelTokens() => new()
    {
        { "wrong audience", 401 },
        { "wrong issuer", 401 },
        { "expired beyond skew", 401 },
        { "not yet valid beyond skew", 401 },
        { "alg none", 401 },
        { "unknown kid", 401 },
        { "HS256 keyed with the public key", 401 },
        { "missing endorsement", 403 },
        { "endorsed for another channel", 403 },
        { "serviceUrl mismatch", 401 },
        { "no serviceurl claim", 401 },
        { "no header", 401 },
        { "not a bearer header", 401 },
        { "garbage token", 401 },
    };

    [Theory]
    [MemberData(nameof(RefusedChannelTokens))]
    public async Task BadChannelToken_IsRefused_WithTheRightStatus(string mutation, int status)
    {
        using var harness = new AuthenticatorHarness(_authority);
        var now = harness.Now;
        var hour = TimeSpan.FromHours(1);
        var activity = TeamsActivity();
        string? header = mutation switch
        {
            "wrong audience" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(audience: "someone-else"), now, hour)),
            "wrong issuer" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(issuer: "https://evil.example"), now, hour)),
            "expired beyond skew" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), now.AddHours(-2), TimeSpan.FromMinutes(54))),
            "not yet valid beyond skew" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), now.AddMinutes(6), hour)),
            "alg none" => Bearer(TestSigningAuthority.Unsigned(_teamsKey.Kid, ChannelClaims(), now, hour)),
            "unknown kid" => Bearer(TestSigningAuthority.Sign(new SigningKey("nobody-knows", TestSigningAuthority.SharedRsa("nobody-knows"), []), ChannelClaims(), now, hour)),
            "HS256 keyed with the public key" => Bearer(TestSigningAuthority.HmacWithPublicKey(_teamsKey, ChannelClaims(), now, hour)),
            "missing endorsement" => Bearer(TestSigningAuthority.Sign(_unendorsedKey, ChannelClaims(), now, hour)),
            "endorsed for another channel" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), now, hour)),
            "serviceUrl mismatch" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(serviceUrl: "https://smba.trafficmanager.net/emea/"), now, hour)),
            "no serviceurl claim" => Bearer(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(serviceUrl: null), now, hour)),
            "no header" => null,
            "not a bearer header" => "Basic dXNlcjpwYXNz",
            "garbage token" => "Bearer not-a-jwt",
            _ => throw new ArgumentOutOfRangeException(nameof(mutation)),
        };
        if (mutation == "endorsed for another channel")
        {
            activity = TeamsActivity(channelId: "webchat");
        }

        var result = await harness.Authenticator.AuthenticateAsync(header, activity, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.StatusCode);
        Assert.False(string.IsNullOrEmpty(result.Reason));
    }

    [Fact]
    public async Task ExpiredWithinSkew_IsStillAccepted()
    {
        using var harness = new AuthenticatorHarness(_authority);
        var token = TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), harness.Now.AddMinutes(-64), TimeSpan.FromHours(1));

        Assert.True((await harness.AuthenticateAsync(token)).Succeeded);
    }

    [Fact]
    public async Task NoAppId_TurnsAuthenticationOff_AndAnyRequestIsAnonymous()
    {
        using var harness = new AuthenticatorHarness(_authority, appId: "");

        var result = await harness.AuthenticateAsync(token: null);

        Assert.True(result.Succeeded);
        Assert.True(result.IsAnonymous);
        Assert.Null(result.AppId);
    }

    [Fact]
    public async Task RotatedChannelKey_IsPickedUp_WhenATokenNamesIt()
    {
        using var harness = new AuthenticatorHarness(_authority);
        Assert.True((await harness.AuthenticateAsync(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), harness.Now, TimeSpan.FromHours(1)))).Succeeded);

        var rotated = _authority.AddChannelKey("rotated-key", "msteams");
        var result = await harness.AuthenticateAsync(TestSigningAuthority.Sign(rotated, ChannelClaims(), harness.Now, TimeSpan.FromHours(1)));

        Assert.True(result.Succeeded, result.Reason);
    }

    [Fact]
    public async Task Keys_AreCached_AcrossRequests()
    {
        using var harness = new AuthenticatorHarness(_authority);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await harness.AuthenticateAsync(TestSigningAuthority.Sign(_teamsKey, ChannelClaims(), harness.Now, TimeSpan.FromHours(1)))).Succeeded);
        }

        // One read by ConfigurationManager, one raw read for endorsements.
        Assert.Equal(2, _authority.ChannelKeyReads);
    }

    public static TheoryData<string, string, string, bool> EntraTokens() => new()
    {
        // issuer, version, app id claim value, accepted
        { AuthenticationConstants.EntraV1Issuer("d6d49420-f39b-4df7-a1dc-d59a935871db"), "1.0", AppId, true },
        { AuthenticationConstants.EntraV2Issuer("d6d49420-f39b-4df7-a1dc-d59a935871db"), "2.0", AppId, true },
        { AuthenticationConstants.EntraV1Issuer("f8cdef31-a31e-4b4a-93e4-5f571e91255a"), "", AppId, true },
        { AuthenticationConstants.EntraV2Issuer(TenantId), "2.0", AppId, true },
        { AuthenticationConstants.EntraV1Issuer(TenantId), "1.0", AppId, true },
        { AuthenticationConstants.EntraV2Issuer("d6d49420-f39b-4df7-a1dc-d59a935871db"), "2.0", "another-app", false },
        { AuthenticationConstants.EntraV1Issuer("d6d49420-f39b-4df7-a1dc-d59a935871db"), "1.0", "another-app", false },
        { AuthenticationConstants.EntraV2Issuer("11111111-2222-3333-4444-555555555555"), "2.0", AppId, false },
        { AuthenticationConstants.EntraV2Issuer("d6d49420-f39b-4df7-a1dc-d59a935871db"), "3.0", AppId, false },
    };

    [Theory]
    [MemberData(nameof(EntraTokens))]
    public async Task EntraToken_IsJudgedByIssuerAndAppIdClaimOfItsVersion(string issuer, string version, string appIdValue, bool accepted)
    {
        using var harness = new AuthenticatorHarness(_authority);
        var claims = new Dictionary<string, object?>
        {
            ["iss"] = issuer,
            ["aud"] = AuthenticationConstants.BotFrameworkResource,
            ["ver"] = version.Length == 0 ? null : version,
            [version == "2.0" ? "azp" : "appid"] = appIdValue,
        };

        var result = await harness.AuthenticateAsync(TestSigningAuthority.Sign(_entraKey, claims, harness.Now, TimeSpan.FromHours(1)));

        Assert.Equal(accepted, result.Succeeded);
        Assert.Equal(accepted ? 200 : 401, result.StatusCode);
        if (accepted)
        {
            Assert.Equal(AppId, result.AppId);
        }
    }

    [Fact]
    public async Task EntraToken_FromOwnTenant_IsRefusedForMultiTenantBots()
    {
        using var harness = new AuthenticatorHarness(_authority, appType: BotAppType.MultiTenant);
        var claims = new Dictionary<string, object?> { ["iss"] = AuthenticationConstants.EntraV2Issuer(TenantId), ["ver"] = "2.0", ["azp"] = AppId };

        var result = await harness.AuthenticateAsync(TestSigningAuthority.Sign(_entraKey, claims, harness.Now, TimeSpan.FromHours(1)));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public async Task EntraToken_SignedWithAChannelKey_IsRefused()
    {
        using var harness = new AuthenticatorHarness(_authority);
        var claims = new Dictionary<string, object?> { ["iss"] = AuthenticationConstants.EntraV2Issuer(TenantId), ["ver"] = "2.0", ["azp"] = AppId };

        var result = await harness.AuthenticateAsync(TestSigningAuthority.Sign(_teamsKey, claims, harness.Now, TimeSpan.FromHours(1)));

        Assert.Equal(401, result.StatusCode);
    }

    private static string Bearer(string token) => $"Bearer {token}";

}
