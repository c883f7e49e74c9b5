namespace Pixfra.Rma.Bot.Hosting;

public static class LoggingExtensions
{
    /// <summary>
    /// Console logs with scopes (each turn opens one with the conversation and activity ids): JSON lines
    /// in production for log search, one readable line per entry in Development. Levels are set here and
    /// not only in appsettings.json, which is missing when the host starts outside its content root.
    /// </summary>
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        logging.ClearProviders();
        if (environment.IsDevelopment())
        {
            logging.AddSimpleConsole(options =>
            {
                options.IncludeScopes = true;
                options.SingleLine = true;
                options.TimestampFormat = "HH:mm:ss.fff ";
            });
        }
        else
        {
            logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.TimestampFormat = "O";
                options.UseUtcTimestamp = true;
            });
        }

        logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);

        // Every connector call would otherwise log twice at Information, URL and all.
        logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return logging;
    }
}
