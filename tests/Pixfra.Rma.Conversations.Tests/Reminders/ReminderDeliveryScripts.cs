using NodaTime;
using Pixfra.Rma.Conversations.Reminders;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

/// <summary>Issue 8: exactly once across hosts and restarts; failures retried later; gone conversations not retried.</summary>
public sealed class ReminderDeliveryScripts : ReminderScriptBase
{
    [Fact]
    public async Task TwoHosts_ScanningTogetherThroughTheWholeWindow_SendEachReminderOnce()
    {
        var (_, number) = await IssueAsync();

        var until = World.Clock.GetCurrentInstant() + Duration.FromDays(33);
        while (World.Clock.GetCurrentInstant() < until)
        {
            var now = World.Clock.GetCurrentInstant();
            await Task.WhenAll(
                Task.Run(() => Host("host-a").RunOnceAsync(now, Ct), Ct),
                Task.Run(() => Host("host-b").RunOnceAsync(now, Ct), Ct));
            World.Clock.Advance(Duration.FromHours(6));
        }

        Assert.Equal(["days-7", "days-1", "expired"], Sender.Delivered.Select(d => d.Notice.ReminderId));
        Assert.Equal(3, Sender.Attempts);
        Assert.All(await Log.ListAsync(number, Ct), r => Assert.Equal(ReminderState.Sent, r.Value.State));
    }

    [Fact]
    public async Task TwoHosts_SecondScansWhileTheFirstIsSending_TheSecondSendsNothing()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        var sending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var mayFinish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Sender.Answer = async (_, ct) =>
        {
            sending.TrySetResult();
            await mayFinish.Task.WaitAsync(ct);
            return ReminderDelivery.Delivered;
        };

        var first = Host("host-a").RunOnceAsync(World.Clock.GetCurrentInstant(), Ct);
        await sending.Task.WaitAsync(Ct);
        var second = await Host("host-b").RunOnceAsync(World.Clock.GetCurrentInstant(), Ct);
        mayFinish.SetResult();
        await first;

        Assert.Equal(0, second.Sent);
        Assert.Equal(1, Sender.Attempts);
        Assert.Equal(["days-7"], Sender.Delivered.Select(d => d.Notice.ReminderId));
        Assert.Equal(("host-a", ReminderState.Sent), await OwnerAndStateAsync(number, "days-7"));
    }

    [Fact]
    public async Task Restart_BetweenScans_ChangesNothing()
    {
        await IssueAsync();
        At(2026, 12, 24);
        await ScanAsync("host-a");

        // The same host after a restart, and a new one, over the same file.
        await ScanAsync("host-a");
        await ScanAsync("host-c");
        At(2026, 12, 25);
        await ScanAsync("host-c");

        Assert.Equal(["days-7"], Sender.Delivered.Select(d => d.Notice.ReminderId));
    }

    [Fact]
    public async Task Restart_DuringASend_TheClaimIsTakenOverOnlyAfterItExpires_AndSentOnce()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        using var crash = new CancellationTokenSource();
        Sender.Answer = async (_, ct) =>
        {
            await crash.CancelAsync();
            ct.ThrowIfCancellationRequested();
            return ReminderDelivery.Delivered;
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Host("host-a").RunOnceAsync(World.Clock.GetCurrentInstant(), crash.Token));
        Assert.Equal(("host-a", ReminderState.Sending), await OwnerAndStateAsync(number, "days-7"));
        Sender.Answer = (_, _) => Task.FromResult(ReminderDelivery.Delivered);

        World.Clock.Advance(Duration.FromTimeSpan(Policy.ClaimTimeout) - Duration.FromSeconds(1));
        await ScanAsync("host-b");
        Assert.Empty(Sender.Delivered);

        World.Clock.Advance(Duration.FromSeconds(1));
        await ScanAsync("host-b");
        await ScanAsync("host-a");

        Assert.Equal(["days-7"], Sender.Delivered.Select(d => d.Notice.ReminderId));
        Assert.Equal(("host-b", ReminderState.Sent), await OwnerAndStateAsync(number, "days-7"));
    }

    [Fact]
    public async Task FailedSend_IsRetriedAfterTheRetryDelay_NotBefore()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        Sender.Answer = (_, _) => Task.FromResult(new ReminderDelivery(ReminderDeliveryOutcome.Failed, "HttpRequestException"));
        await ScanAsync();
        Sender.Answer = (_, _) => Task.FromResult(ReminderDelivery.Delivered);

        World.Clock.Advance(Duration.FromTimeSpan(Policy.RetryDelay) - Duration.FromSeconds(1));
        await ScanAsync();
        Assert.Empty(Sender.Delivered);
        var failed = await RecordAsync(number, "days-7");
        Assert.Equal((ReminderState.Failed, 1, "HttpRequestException"), (failed!.State, failed.Attempts, failed.Detail));

        World.Clock.Advance(Duration.FromSeconds(1));
        await ScanAsync();
        await ScanAsync();

        Assert.Single(Sender.Delivered);
        var sent = await RecordAsync(number, "days-7");
        Assert.Equal((ReminderState.Sent, 2), (sent!.State, sent.Attempts));
    }

    [Fact]
    public async Task FailedSend_GivesUpAfterMaxAttempts()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        Sender.Answer = (_, _) => Task.FromResult(new ReminderDelivery(ReminderDeliveryOutcome.Failed, "ConnectorException 502"));

        for (var i = 0; i < Policy.MaxAttempts + 3; i++)
        {
            await ScanAsync();
            World.Clock.Advance(Duration.FromTimeSpan(Policy.RetryDelay));
        }

        Assert.Equal(Policy.MaxAttempts, Sender.Attempts);
        var record = await RecordAsync(number, "days-7");
        Assert.Equal((ReminderState.Failed, Policy.MaxAttempts, (Instant?)null), (record!.State, record.Attempts, record.NextTryAt));
    }

    [Fact]
    public async Task GoneConversation_403Or404_IsRecordedUnreachable_AndNotRetried()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        Sender.Answer = (_, _) => Task.FromResult(new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, "403 ConversationBlockedByUser"));

        await ScanAsync();
        World.Clock.Advance(Duration.FromDays(2));
        await ScanAsync();

        Assert.Equal(1, Sender.Attempts);
        var record = await RecordAsync(number, "days-7");
        Assert.Equal((ReminderState.Unreachable, "403 ConversationBlockedByUser"), (record!.State, record.Detail));
    }

    [Fact]
    public async Task GoneConversation_AtExpiry_TheNumberStillExpires()
    {
        var (_, number) = await IssueAsync();
        At(2027, 1, 1, 8);
        Sender.Answer = (_, _) => Task.FromResult(new ReminderDelivery(ReminderDeliveryOutcome.Unreachable, "404 ConversationNotFound"));

        var result = await ScanAsync();

        Assert.Equal((1, 1), (result.Unreachable, result.Expired));
        Assert.Equal(Domain.Cases.RmaStatus.Expired, (await World.Cases.GetAsync(number, Ct))!.Value.Status);
    }

    private async Task<(string?, ReminderState?)> OwnerAndStateAsync(Domain.Rma.RmaNumber number, string reminderId)
    {
        var record = await RecordAsync(number, reminderId);
        return (record?.Owner, record?.State);
    }
}
