using System.Diagnostics;
using BotActivity = Pixfra.Rma.Protocol.Activities.Activity;

namespace Pixfra.Rma.Bot.Telemetry;

/// <summary>
/// Wraps each turn in a log scope (conversation and activity ids), a "turn" span and a duration
/// measurement, so every log line, trace and metric of a turn can be found by its conversation.
/// Only ids and kinds are recorded: never the text, names or tokens.
/// </summary>
public sealed partial class TurnObserver(BotTelemetry telemetry, TimeProvider timeProvider, ILogger<TurnObserver> logger)
{
    public async Task<T> ObserveAsync<T>(BotActivity activity, Func<Task<T>> turn)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(turn);
        var conversationType = activity.Conversation?.ConversationType ?? "unknown";
        // A message-template scope: readable in the console, separate properties in JSON logs.
        using var scope = TurnScope(logger, activity.ChannelId, activity.Conversation?.Id, activity.Id);
        using var span = BotTelemetry.Source.StartActivity("turn " + activity.Type, ActivityKind.Internal);
        span?.SetTag("bot.activity.type", activity.Type);
        span?.SetTag("bot.activity.name", activity.Name);
        span?.SetTag("bot.channel", activity.ChannelId);
        span?.SetTag("bot.conversation.type", conversationType);
        span?.SetTag("bot.conversation.id", activity.Conversation?.Id);
        span?.SetTag("bot.activity.id", activity.Id);

        var started = timeProvider.GetTimestamp();
        var outcome = "ok";
        LogTurnStarted(logger, activity.Type, activity.Name);
        try
        {
            return await turn();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            outcome = "error";
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            telemetry.TurnDuration.Record(
                elapsed.TotalSeconds,
                new KeyValuePair<string, object?>("bot.activity.type", activity.Type),
                new KeyValuePair<string, object?>("bot.channel", activity.ChannelId),
                new KeyValuePair<string, object?>("bot.conversation.type", conversationType),
                new KeyValuePair<string, object?>("bot.outcome", outcome));
            LogTurnFinished(logger, activity.Type, outcome, elapsed.TotalMilliseconds);
        }
    }

    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> TurnScope =
        LoggerMessage.DefineScope<string?, string?, string?>("{ChannelId} conversation {ConversationId} activity {ActivityId}");

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn started: {ActivityType} {ActivityName}")]
    private static partial void LogTurnStarted(ILogger logger, string? activityType, string? activityName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn finished: {ActivityType} {Outcome} in {ElapsedMilliseconds:F0} ms")]
    private static partial void LogTurnFinished(ILogger logger, string? activityType, string outcome, double elapsedMilliseconds);
}
