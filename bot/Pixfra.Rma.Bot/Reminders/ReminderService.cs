using Microsoft.Extensions.Options;
using NodaTime;
using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.State;

namespace Pixfra.Rma.Bot.Reminders;

/// <summary>
/// Runs the reminder scan in the instance that holds the <see cref="LeaseName"/> lease, every
/// <see cref="ReminderPolicy.ScanInterval"/> (waited on the <see cref="TimeProvider"/>; "now" comes from the NodaTime
/// clock, which tests move). The lease keeps the work in one instance at a time; the claims in the reminder log keep
/// each reminder to one send even when a lease lapses in the middle of a scan.
/// </summary>
internal sealed partial class ReminderService(
    IServiceScopeFactory scopes,
    ILeaseStore leases,
    IRmaCaseStore cases,
    IConversationStateStore states,
    IReminderLog log,
    IClock clock,
    TimeProvider time,
    IOptions<ReminderPolicy> options,
    ILogger<ReminderService> logger) : BackgroundService
{
    public const string LeaseName = "expiry-reminders";

    /// <summary>Unique per process: machine (the App Service instance), process id and a random part.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    private ReminderPolicy Policy => options.Value;

    /// <summary>One round: takes or extends the lease, then scans. Null when another instance holds the lease.</summary>
    public async Task<ReminderScanResult?> RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(LeaseName, InstanceId, Policy.LeaseDuration, cancellationToken))
        {
            return null;
        }

        // The messenger is transient and its connector a typed HttpClient: one scope per scan, disposed after it.
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<IReminderSender>();
        var result = await new ReminderScan(cases, states, log, sender, Policy, InstanceId).RunOnceAsync(clock.GetCurrentInstant(), cancellationToken);
        if (result.Sent + result.Failed + result.Unreachable + result.Skipped + result.Expired > 0)
        {
            LogScanned(result.Cases, result.Sent, result.Failed, result.Unreachable, result.Skipped, result.Deferred, result.Expired);
        }

        return result;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            // Hand the scan to another instance now rather than when the lease runs out.
            await leases.ReleaseAsync(LeaseName, InstanceId, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReleaseFailed(e);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Policy.Enabled)
        {
            LogDisabled();
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // A storage outage must not stop the host; the next round tries again, and claims make that safe.
                    LogScanFailed(e);
                }

                await Task.Delay(Policy.ScanInterval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry reminders are off (Reminders:Enabled=false).")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder scan: {Cases} cases, {Sent} sent, {Failed} failed, {Unreachable} unreachable, {Skipped} skipped, {Deferred} deferred (takeover), {Expired} expired.")]
    private partial void LogScanned(int cases, int sent, int failed, int unreachable, int skipped, int deferred, int expired);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder scan failed; trying again at the next interval.")]
    private partial void LogScanFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not release the reminder lease; it lapses on its own.")]
    private partial void LogReleaseFailed(Exception exception);
}
