using System.Security.Claims;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>
/// Inbound authentication as BBD runs it (PROTOCOL.md §1): sort the token by issuer, then validate a
/// channel token (issuer, audience, lifetime, RS* signature, endorsement, serviceurl) or an Entra token
/// (v1/v2 issuers, appid/azp). Refusals are results, never exceptions.
/// </summary>
public sealed partial class BotAuthenticator : IBotAuthenticator, IDisposable
{
    private readonly BotAuthenticationOptions _options;
    private readonly OpenIdKeySource _channelKeys;
    private readonly OpenIdKeySource _entraKeys;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotAuthenticator> _logger;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly HashSet<string> _entraIssuers;

    public BotAuthenticator(
        IOptions<BotAuthenticationOptions> options,
        IHttpClientFactory httpClientFactory,
        TimeProvider timeProvider,
        ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        var http = httpClientFactory.CreateClient(HttpClientName);
        _channelKeys = new OpenIdKeySource(_options.OpenIdMetadataUrl, http, _options, timeProvider);
        _entraKeys = new OpenIdKeySource(_options.EntraMetadataUrl, http, _options, timeProvider);
        _entraIssuers = EntraIssuers(_options);
    }

    /// <summary>The named HttpClient used to read OpenID metadata and JWKS.</summary>
    public const string HttpClientName = "Pixfra.Rma.Protocol.OpenIdMetadata";

    public async Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (_options.IsAuthenticationDisabled)
        {
            return BotAuthenticationResult.Anonymous();
        }

        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return BotAuthenticationResult.Unauthorized("missing Authorization header");
        }

        var parts = authorizationHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Unauthorized("Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return BotAuthenticationResult.Unauthorized("malformed token");
        }

        try
        {
            if (string.Equals(token.Issuer, AuthenticationConstants.ChannelIssuer, StringComparison.Ordinal))
            {
                return await ValidateChannelTokenAsync(parts[1], token, activity, cancellationToken);
            }

            if (_entraIssuers.Contains(token.Issuer))
            {
                return await ValidateEntraTokenAsync(parts[1], token, cancellationToken);
            }

            return BotAuthenticationResult.Unauthorized("untrusted issuer");
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or IOException
            or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Metadata unreachable: refuse rather than fail open; the channel retries the delivery.
            LogMetadataUnavailable(_logger, ex);
            return BotAuthenticationResult.Unauthorized("signing keys unavailable");
        }
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(
        string raw, JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var result = await ValidateSignedAsync(raw, token, _channelKeys, [AuthenticationConstants.ChannelIssuer], validateAudience: true, cancellationToken);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Unauthorized(Describe(result.Exception));
        }

        // [AUTH]: the signing key must be endorsed for the activity's channel, else 403.
        var endorsements = await _channelKeys.GetEndorsementsAsync(token.Kid, cancellationToken);
        if (endorsements is null || string.IsNullOrEmpty(activity.ChannelId)
            || !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Forbidden("signing key not endorsed for this channel");
        }

        var serviceUrl = token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var claim) ? claim : null;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return BotAuthenticationResult.Unauthorized("token has no serviceurl claim");
        }

        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Unauthorized("serviceurl claim does not match the activity");
        }

        return Authenticated(result.ClaimsIdentity, _options.MicrosoftAppId!);
    }

    private async Task<BotAuthenticationResult> ValidateEntraTokenAsync(
        string raw, JsonWebToken token, CancellationToken cancellationToken)
    {
        // BBD EmulatorValidation does not validate aud: the caller's app id claim is what must match.
        var result = await ValidateSignedAsync(raw, token, _entraKeys, _entraIssuers, validateAudience: false, cancellationToken);
        if (!result.IsValid)
        {
            return BotAuthenticationResult.Unauthorized(Describe(result.Exception));
        }

        var version = token.TryGetPayloadValue<string>(AuthenticationConstants.VersionClaim, out var ver) ? ver : null;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => null,
        };
        if (appIdClaim is null)
        {
            return BotAuthenticationResult.Unauthorized("unknown token version");
        }

        var appId = token.TryGetPayloadValue<string>(appIdClaim, out var id) ? id : null;
        if (!string.Equals(appId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            return BotAuthenticationResult.Unauthorized($"{appIdClaim} claim does not match the bot app id");
        }

        return Authenticated(result.ClaimsIdentity, appId!);
    }

    private async Task<TokenValidationResult> ValidateSignedAsync(
        string raw, JsonWebToken token, OpenIdKeySource keys, IEnumerable<string> issuers, bool validateAudience,
        CancellationToken cancellationToken)
    {
        var configuration = await keys.GetConfigurationAsync(cancellationToken);
        if (!string.IsNullOrEmpty(token.Kid) && !configuration.SigningKeys.Any(k => k.KeyId == token.Kid))
        {
            // An unknown kid may be a rotated key: re-read the metadata once (rate-limited by the manager).
            configuration = await keys.RefreshAsync(cancellationToken);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateIssuer = true,
            ValidAudience = _options.MicrosoftAppId,
            ValidateAudience = validateAudience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = _options.ClockSkew,
            RequireSignedTokens = true,
            ValidAlgorithms = AuthenticationConstants.SigningAlgorithms,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
            LifetimeValidator = ValidateLifetime,
            NameClaimType = "name",
        };
        return await _handler.ValidateTokenAsync(raw, parameters);
    }

    // IdentityModel reads the system clock; the injected TimeProvider keeps tests and production on one clock.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken securityToken, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null || now > expires.Value.Add(parameters.ClockSkew))
        {
            return false;
        }

        return notBefore is null || now >= notBefore.Value.Subtract(parameters.ClockSkew);
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }

    private static BotAuthenticationResult Authenticated(ClaimsIdentity identity, string appId)
    {
        identity.AddClaim(new Claim(BotAuthenticationResult.AppIdClaimType, appId));
        return BotAuthenticationResult.Authenticated(identity);
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenInvalidAudienceException => "invalid audience",
        SecurityTokenInvalidIssuerException => "invalid issuer",
        SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException or SecurityTokenNotYetValidException
            or SecurityTokenNoExpirationException => "token expired or not yet valid",
        SecurityTokenInvalidAlgorithmException => "signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "unknown signing key",
        SecurityTokenInvalidSignatureException => "invalid signature",
        _ => "invalid token",
    };

    private static HashSet<string> EntraIssuers(BotAuthenticationOptions options)
    {
        var issuers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tenant in AuthenticationConstants.EntraBotTenants)
        {
            issuers.Add(AuthenticationConstants.EntraV1Issuer(tenant));
            issuers.Add(AuthenticationConstants.EntraV2Issuer(tenant));
        }

        if (options.EffectiveAppType == BotAppType.SingleTenant && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            issuers.Add(AuthenticationConstants.EntraV1Issuer(options.MicrosoftAppTenantId));
            issuers.Add(AuthenticationConstants.EntraV2Issuer(options.MicrosoftAppTenantId));
        }

        return issuers;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata or keys could not be read; request refused")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception);
}
