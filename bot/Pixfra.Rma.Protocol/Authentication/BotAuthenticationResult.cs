using System.Security.Claims;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>
/// The outcome of checking one request: an identity, or a refusal with the HTTP status to answer
/// (401 or 403) and a short reason that is safe to log and return (it never contains the token).
/// </summary>
public sealed record BotAuthenticationResult
{
    private BotAuthenticationResult(ClaimsIdentity? identity, int statusCode, string? reason)
    {
        Identity = identity;
        StatusCode = statusCode;
        Reason = reason;
    }

    public ClaimsIdentity? Identity { get; }

    /// <summary>200 when authenticated (or anonymous), otherwise 401 or 403.</summary>
    public int StatusCode { get; }

    public string? Reason { get; }

    public bool Succeeded => Identity is not null;

    /// <summary>True when authentication is switched off (no app id) and the caller is anonymous.</summary>
    public bool IsAnonymous => Identity?.AuthenticationType == AnonymousAuthenticationType;

    /// <summary>The app id the token was issued to (channel tokens) or by (Entra tokens).</summary>
    public string? AppId => Identity?.FindFirst(AppIdClaimType)?.Value;

    /// <summary>The <c>serviceurl</c> claim of a channel token; the only serviceUrl a reply may trust.</summary>
    public string? ServiceUrl => Identity?.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;

    public const string AnonymousAuthenticationType = "anonymous";

    /// <summary>A claim we add to every authenticated identity so callers need not know token versions.</summary>
    public const string AppIdClaimType = "pixfra:appid";

    public static BotAuthenticationResult Anonymous() =>
        new(new ClaimsIdentity(authenticationType: AnonymousAuthenticationType), 200, null);

    public static BotAuthenticationResult Authenticated(ClaimsIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(identity, 200, null);
    }

    public static BotAuthenticationResult Unauthorized(string reason) => new(null, 401, reason);

    public static BotAuthenticationResult Forbidden(string reason) => new(null, 403, reason);
}
