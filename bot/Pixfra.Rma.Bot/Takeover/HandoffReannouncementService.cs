using Microsoft.Extensions.Options;
using NodaTime;
using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Bot.Takeover;

/// <summary>
/// Announces unclaimed handoffs again after <c>Support:ReannounceAfter</c>. Runs in every instance; the handoff's
/// ETag makes sure each announcement goes out once. The clock is the injected one, the wait uses TimeProvider.
/// </summary>
public sealed partial class HandoffReannouncementService(
    IHandoffStore handoffs,
    IServiceScopeFactory scopes,
    IOptions<SupportOptions> options,
    IClock clock,
    TimeProvider time,
    ILogger<HandoffReannouncementService> logger) : BackgroundService
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await HandoffReannouncer.DueAsync(handoffs, options.Value, clock.GetCurrentInstant(), cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        // The messengers use typed HttpClients: one scope per round, disposed after it.
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboundDelivery>().DeliverAsync(due, cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromTicks(Math.Clamp(options.Value.ReannounceAfter.Ticks / 3, TimeSpan.FromSeconds(10).Ticks, TimeSpan.FromMinutes(1).Ticks));
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Re-announcing waiting handoffs failed; trying again on the next tick.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
