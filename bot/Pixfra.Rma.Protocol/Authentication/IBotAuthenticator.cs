using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>Checks the <c>Authorization</c> header of an inbound activity request (PROTOCOL.md §1).</summary>
public interface IBotAuthenticator
{
    /// <summary>Never throws for a bad token: refusals come back as a result with status 401 or 403.</summary>
    Task<BotAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, Activity activity, CancellationToken cancellationToken = default);
}
