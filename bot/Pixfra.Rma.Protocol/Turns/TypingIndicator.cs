using Microsoft.Extensions.Logging;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>Shows "typing…" while a turn runs longer than the delay, repeated at the interval.</summary>
internal sealed partial class TypingIndicator : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private TypingIndicator(ITurnContext turn, BotProtocolOptions options, TimeProvider timeProvider, ILogger logger) =>
        _loop = RunAsync(turn, options, timeProvider, logger, _stop.Token);

    public static TypingIndicator Start(ITurnContext turn, BotProtocolOptions options, TimeProvider timeProvider, ILogger logger) =>
        new(turn, options, timeProvider, logger);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting or sending: nothing to clean up.
        }

        _stop.Dispose();
    }

    private static async Task RunAsync(ITurnContext turn, BotProtocolOptions options, TimeProvider timeProvider, ILogger logger, CancellationToken stop)
    {
        await Task.Delay(options.TypingDelay, timeProvider, stop);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await turn.SendTypingAsync(stop);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Typing is cosmetic: a failure must never fail the turn.
                LogTypingFailed(logger, ex);
                return;
            }

            await Task.Delay(options.TypingInterval, timeProvider, stop);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Typing indicator could not be sent")]
    private static partial void LogTypingFailed(ILogger logger, Exception exception);
}
