namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>Constants of PROTOCOL.md §1/§2 (BBD AuthenticationConstants.cs).</summary>
public static class AuthenticationConstants
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string ServiceUrlClaim = "serviceurl";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string AudienceClaim = "aud";
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    public const string BotFrameworkResource = "https://api.botframework.com";
    public const string MultiTenantAuthority = "https://login.microsoftonline.com/botframework.com";
    public const string LoginAuthorityHost = "https://login.microsoftonline.com";

    /// <summary>The tenants whose Entra tokens the Emulator and skills present (BBD EmulatorValidation.cs).</summary>
    public static IReadOnlyList<string> EntraBotTenants { get; } =
        ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a"];

    public static IReadOnlyList<string> SigningAlgorithms { get; } = ["RS256", "RS384", "RS512"];

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";
}
