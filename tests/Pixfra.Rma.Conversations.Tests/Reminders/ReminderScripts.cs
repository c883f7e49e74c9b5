using NodaTime;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

/// <summary>Issue 8: reminders on the right China days, once each, never about a number that no longer needs one.</summary>
public sealed class ReminderScripts : ReminderScriptBase
{
    [Fact]
    public async Task P12_RemindersArriveSevenDaysAndOneDayBefore_AndWhenTheNumberExpires_OnceEach()
    {
        var (chat, number) = await IssueAsync();

        // A scan every three hours from the issue to two days after expiry; one lands on every China midnight.
        var until = World.Clock.GetCurrentInstant() + Duration.FromDays(33);
        while (World.Clock.GetCurrentInstant() < until)
        {
            await ScanAsync();
            World.Clock.Advance(Duration.FromHours(3));
        }

        Assert.Equal(
            [(ReminderId.DaysBefore(7), new LocalDate(2026, 12, 24)), (ReminderId.DaysBefore(1), new LocalDate(2026, 12, 30)), (ReminderId.Expired, new LocalDate(2027, 1, 1))],
            Sender.Delivered.Select(d => (d.Notice.ReminderId, ChinaTime.DateAt(d.At))));
        Assert.All(Sender.Delivered, d => Assert.Equal(new ConversationAddress(chat.Key.ChannelId, chat.Key.ConversationId), d.Notice.To));
        Assert.Equal(RmaStatus.Expired, (await World.Cases.GetAsync(number, Ct))!.Value.Status);
    }

    [Fact]
    public async Task P12_EachReminderSaysWhichNumberWhyAndTheNextStep()
    {
        var (chat, number) = await IssueAsync("PX384REMIND1");

        At(2026, 12, 24);
        await ScanAsync();
        At(2026, 12, 30);
        await ScanAsync();
        At(2027, 1, 1, 0, 1);
        await ScanAsync();

        var (sevenDays, oneDay, expired) = (Sender.Delivered[0], Sender.Delivered[1], Sender.Delivered[2]);
        Assert.Contains($"7 days left on {number}", sevenDays.Text, StringComparison.Ordinal);
        Assert.Contains("valid until 24:00 China time on 31 Dec 2026", sevenDays.Text, StringComparison.Ordinal);
        Assert.Contains("PX384REMIND1", sevenDays.Text, StringComparison.Ordinal);
        Assert.Equal(number.ToString(), (string?)CardButtons.Find(sevenDays.Card, "rma.status")?["rma"]);
        Assert.Null(CardButtons.Find(sevenDays.Card, "rma.reissue"));
        Assert.Contains($"1 day left on {number}", oneDay.Text, StringComparison.Ordinal);
        Assert.Contains($"{number} has expired", expired.Text, StringComparison.Ordinal);
        Assert.Contains("on 31 Dec 2026, its last day", expired.Text, StringComparison.Ordinal);
        Assert.Null(CardButtons.Find(expired.Card, "rma.status"));

        // The buttons are the next step, in the chat they arrived in.
        await chat.ClickOnAsync(sevenDays.Card, "rma.status");
        Assert.Equal("rma-number", chat.LastCard!.TemplateName);
        await chat.ClickOnAsync(expired.Card, "rma.reissue");
        Assert.Contains($"{number} expired and is now replaced by", chat.Texts, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 12, 23, 23, 59, new string[0])]
    [InlineData(2026, 12, 24, 0, 0, new[] { "days-7" })]
    [InlineData(2026, 12, 30, 0, 0, new[] { "days-1" })]
    [InlineData(2026, 12, 31, 23, 59, new[] { "days-1" })]
    [InlineData(2027, 1, 1, 0, 0, new[] { "expired" })]
    [InlineData(2027, 3, 1, 9, 0, new[] { "expired" })]
    public async Task BotDownUntil_OnlyTheLatestDueReminderIsSent_TheMissedOnesAreRecordedAsSkipped(int year, int month, int day, int hour, int minute, string[] sent)
    {
        var (_, number) = await IssueAsync();
        At(year, month, day, hour, minute);

        await ScanAsync();
        await ScanAsync();

        Assert.Equal(sent, Sender.Delivered.Select(d => d.Notice.ReminderId));
        var records = await Log.ListAsync(number, Ct);
        Assert.All(records.Where(r => !sent.Contains(r.Value.ReminderId)), r => Assert.Equal(ReminderState.Skipped, r.Value.State));
        Assert.All(records.Where(r => sent.Contains(r.Value.ReminderId)), r => Assert.Equal(ReminderState.Sent, r.Value.State));
    }

    [Fact]
    public async Task Reissue_TheOldNumberGetsNothingMore_TheNewOneItsOwnReminders()
    {
        var (chat, number) = await IssueAsync();
        At(2027, 1, 3);
        await chat.SayAsync($"reissue {number}");
        var fresh = (await World.Cases.GetAsync(number, Ct))!.Value.SupersededBy!.Value;

        await ScanAsync();
        Assert.Empty(Sender.Delivered);

        At(2027, 1, 26);   // the new number's last day is 2 Feb
        await ScanAsync();
        Assert.Equal([(fresh, ReminderId.DaysBefore(7))], Sender.Delivered.Select(d => (d.Notice.Number, d.Notice.ReminderId)));
        Assert.Empty(await Log.ListAsync(number, Ct));
    }

    [Fact]
    public async Task Shipped_NoReminderAndNoExpiry()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 10);
        var stored = (await World.Cases.GetAsync(number, Ct))!;
        await World.Cases.SaveAsync(stored.Value.MoveTo(RmaStatus.InTransit, World.Clock.GetCurrentInstant(), Actor.System), stored.ETag, Ct);

        foreach (var day in new[] { 24, 30, 31 })
        {
            At(2026, 12, day);
            await ScanAsync();
        }

        At(2027, 1, 2);
        await ScanAsync();

        Assert.Empty(Sender.Delivered);
        Assert.Equal(RmaStatus.InTransit, (await World.Cases.GetAsync(number, Ct))!.Value.Status);
    }

    [Fact]
    public async Task ShippedBetweenTheListingAndTheSend_NothingIsSent()
    {
        var (_, number) = await IssueAsync();
        At(2026, 12, 24);
        var shipping = new ShipsOnFirstRead(World, number);

        await new ReminderScan(shipping, new Storage.Sqlite.SqliteConversationStateStore(World.Database), Log, Sender, Policy, "host-a")
            .RunOnceAsync(World.Clock.GetCurrentInstant(), Ct);

        Assert.Empty(Sender.Delivered);
        Assert.Equal(ReminderState.Skipped, (await RecordAsync(number, "days-7"))?.State);
    }

    [Fact]
    public async Task Takeover_NothingWhileStaffOwnTheChat_ThenWhatIsStillRelevant()
    {
        var (chat, number) = await IssueAsync();
        await SetTakeoverAsync(chat, new StaffTakeover("staff-zhang", "Zhang Min", World.Clock.GetCurrentInstant()));

        At(2026, 12, 24);
        var during = await ScanAsync();
        At(2026, 12, 27);
        await ScanAsync();

        Assert.Empty(Sender.Delivered);
        Assert.Equal(1, during.Deferred);
        Assert.Null(await RecordAsync(number, "days-7"));

        await SetTakeoverAsync(chat, null);
        await ScanAsync();
        Assert.Equal(["days-7"], Sender.Delivered.Select(d => d.Notice.ReminderId));
    }

    [Fact]
    public async Task Takeover_OverTheExpiry_TheNumberExpiresAndIsAnnouncedAfterTheHandBack()
    {
        var (chat, number) = await IssueAsync();
        await SetTakeoverAsync(chat, new StaffTakeover("staff-zhang", "Zhang Min", World.Clock.GetCurrentInstant()));

        At(2027, 1, 2);
        await ScanAsync();
        Assert.Empty(Sender.Delivered);

        await SetTakeoverAsync(chat, null);
        At(2027, 1, 3);
        await ScanAsync();

        Assert.Equal(["expired"], Sender.Delivered.Select(d => d.Notice.ReminderId));
        Assert.Equal(RmaStatus.Expired, (await World.Cases.GetAsync(number, Ct))!.Value.Status);
    }

    /// <summary>A case store whose case ships right after the scan listed it (another instance's turn, in between).</summary>
    private sealed class ShipsOnFirstRead(RmaWorld world, Domain.Rma.RmaNumber number) : Cases.IRmaCaseStore
    {
        private bool _shipped;

        public async Task<Persistence.Versioned<RmaCase>?> GetAsync(Domain.Rma.RmaNumber rmaNumber, CancellationToken cancellationToken)
        {
            if (!_shipped && rmaNumber == number)
            {
                _shipped = true;
                var stored = (await world.Cases.GetAsync(number, cancellationToken))!;
                await world.Cases.SaveAsync(stored.Value.MoveTo(RmaStatus.InTransit, world.Clock.GetCurrentInstant(), Actor.System), stored.ETag, cancellationToken);
            }

            return await world.Cases.GetAsync(rmaNumber, cancellationToken);
        }

        public Task<string> SaveAsync(RmaCase rmaCase, string? expectedETag, CancellationToken cancellationToken) => world.Cases.SaveAsync(rmaCase, expectedETag, cancellationToken);

        public Task<Persistence.Page<Persistence.Versioned<RmaCase>>> ListByDistributorAsync(string distributorId, Persistence.PageRequest page, CancellationToken cancellationToken) =>
            world.Cases.ListByDistributorAsync(distributorId, page, cancellationToken);

        public Task<Persistence.Page<Persistence.Versioned<RmaCase>>> ListByStatusAsync(RmaStatus status, Persistence.PageRequest page, CancellationToken cancellationToken) =>
            world.Cases.ListByStatusAsync(status, page, cancellationToken);

        public Task<Persistence.Page<Persistence.Versioned<RmaCase>>> ListByValidityEndAsync(RmaStatus status, Instant endsBefore, Persistence.PageRequest page, CancellationToken cancellationToken) =>
            world.Cases.ListByValidityEndAsync(status, endsBefore, page, cancellationToken);

        public Task<IReadOnlyList<Persistence.Versioned<RmaCase>>> FindBySerialNumberAsync(Domain.Catalog.SerialNumber serialNumber, CancellationToken cancellationToken) =>
            world.Cases.FindBySerialNumberAsync(serialNumber, cancellationToken);
    }
}
