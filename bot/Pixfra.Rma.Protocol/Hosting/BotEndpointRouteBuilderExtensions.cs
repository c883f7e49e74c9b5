using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Protocol.Authentication;

namespace Pixfra.Rma.Protocol.Hosting;

public static partial class BotEndpointRouteBuilderExtensions
{
    private static readonly string[] OtherMethods = ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"];

    /// <summary>
    /// Maps the Bot Framework messaging endpoint: POST runs a turn; every other method answers 405
    /// (BBD CloudAdapter). Logs a warning at start when authentication is off (no MicrosoftAppId).
    /// </summary>
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var authentication = endpoints.ServiceProvider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (authentication.IsAuthenticationDisabled)
        {
            var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotEndpointRouteBuilderExtensions).FullName!);
            LogAuthenticationDisabled(logger, pattern);
        }

        endpoints.MapMethods(pattern, OtherMethods, async http =>
        {
            http.Response.Headers.Allow = "POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            await http.Response.WriteAsJsonAsync(new { error = "method not allowed" });
        });
        return endpoints.MapPost(pattern, http => http.RequestServices.GetRequiredService<BotMessageEndpoint>().HandleAsync(http));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "AUTHENTICATION IS OFF for {Pattern}: MicrosoftAppId is empty, so any caller is accepted. Use this only for local development with the Agents Playground or Emulator.")]
    private static partial void LogAuthenticationDisabled(ILogger logger, string pattern);
}
