namespace Pixfra.Rma.Bot.Hosting;

/// <summary>
/// Says loudly at start when inbound authentication is off (no MicrosoftAppId): right for the Agents
/// Playground and the Emulator on a laptop, a hole anywhere else.
/// </summary>
internal sealed partial class AuthenticationModeWarning(IConfiguration configuration, IHostEnvironment environment, ILogger<AuthenticationModeWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]))
        {
            LogAuthenticationOff(logger, environment.EnvironmentName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "*** AUTHENTICATION IS OFF *** MicrosoftAppId is empty, so /api/messages accepts requests without a token " +
        "and replies carry none. Only for local testing (Agents Playground, Emulator); environment: {Environment}. " +
        "Set MicrosoftAppId, MicrosoftAppType and MicrosoftAppTenantId before exposing this host.")]
    private static partial void LogAuthenticationOff(ILogger logger, string environment);
}
