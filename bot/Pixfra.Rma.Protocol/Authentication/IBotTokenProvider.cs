namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>The bot's own access token for the Bot Connector (scope https://api.botframework.com/.default).</summary>
public interface IBotTokenProvider
{
    /// <summary>The bearer token, or null when authentication is off (no app id): then no token is sent.</summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
