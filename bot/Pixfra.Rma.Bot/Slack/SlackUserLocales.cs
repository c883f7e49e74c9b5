using System.Collections.Concurrent;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// The language of each Slack user (<c>users.info</c> with <c>include_locale</c>: <c>user.locale</c> such as
/// <c>zh-CN</c>), passed to the flow as Teams passes an activity's locale. Slack sends no locale with events, so it
/// is asked once per user and kept for the life of the process; a failed look-up is not kept (the turn goes on in
/// English and the next one asks again).
/// </summary>
public sealed partial class SlackUserLocales(ILogger<SlackUserLocales> logger)
{
    private readonly ConcurrentDictionary<(string Team, string User), string?> _locales = new();

    public async Task<string?> GetAsync(string teamId, string userId, SlackWebApiClient slack, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slack);
        if (_locales.TryGetValue((teamId, userId), out var known))
        {
            return known;
        }

        try
        {
            var user = await slack.GetUserAsync(userId, cancellationToken);
            var locale = user["locale"]?.GetValue<string>();
            _locales[(teamId, userId)] = locale;
            return locale;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or InvalidOperationException or FormatException)
        {
            LogLookupFailed(logger, e);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack users.info failed; the turn runs in the default language")]
    private static partial void LogLookupFailed(ILogger logger, Exception exception);
}
