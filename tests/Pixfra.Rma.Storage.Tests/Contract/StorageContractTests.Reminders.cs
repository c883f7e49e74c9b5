using NodaTime;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Reminders;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static ReminderRecord Claimed(int seed, string reminderId, string owner = "instance-a") =>
        ReminderRecord.Claimed(SampleCases.Number(seed), reminderId, owner, SampleCases.Epoch);

    [Fact]
    public async Task Reminder_RoundTrip_KeepsEveryField()
    {
        var record = Claimed(1, ReminderId.DaysBefore(7))
            .Failed(SampleCases.Epoch.Plus(Duration.FromSeconds(3)), SampleCases.Epoch.Plus(Duration.FromMinutes(30)), Unicode);

        var etag = await Stores.Reminders.SaveAsync(record, null, Ct);

        var stored = await Stores.Reminders.GetAsync(record.Number, record.ReminderId, Ct);
        Assert.Equal(record, stored?.Value);
        Assert.Equal(etag, stored?.ETag);
    }

    [Fact]
    public async Task Reminder_Missing_IsNull_AndListsNothing()
    {
        Assert.Null(await Stores.Reminders.GetAsync(SampleCases.Number(1), ReminderId.Expired, Ct));
        Assert.Empty(await Stores.Reminders.ListAsync(SampleCases.Number(1), Ct));
    }

    [Fact]
    public async Task Reminder_ClaimedTwice_OnlyTheFirstInsertWins()
    {
        await Stores.Reminders.SaveAsync(Claimed(1, ReminderId.Expired, "instance-a"), null, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Reminders.SaveAsync(Claimed(1, ReminderId.Expired, "instance-b"), null, Ct));

        Assert.Equal("instance-a", (await Stores.Reminders.GetAsync(SampleCases.Number(1), ReminderId.Expired, Ct))?.Value.Owner);
    }

    [Fact]
    public async Task Reminder_ReplaceWithAStaleETag_IsRefused_AndWritesNothing()
    {
        var claim = Claimed(1, ReminderId.DaysBefore(1));
        var first = await Stores.Reminders.SaveAsync(claim, null, Ct);
        var second = await Stores.Reminders.SaveAsync(claim.Claim("instance-b", SampleCases.Epoch.Plus(Duration.FromMinutes(11))), first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Reminders.SaveAsync(claim.Delivered(SampleCases.Epoch), first, Ct));

        var stored = await Stores.Reminders.GetAsync(claim.Number, claim.ReminderId, Ct);
        Assert.Equal((ReminderState.Sending, "instance-b", second), (stored!.Value.State, stored.Value.Owner, stored.ETag));
    }

    [Fact]
    public async Task Reminder_ReplaceOfAMissingRecord_IsAConflict()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Reminders.SaveAsync(Claimed(1, ReminderId.Expired), "\"no-such-etag\"", Ct));

        Assert.Null(await Stores.Reminders.GetAsync(SampleCases.Number(1), ReminderId.Expired, Ct));
    }

    [Fact]
    public async Task Reminder_List_ReturnsOneNumbersRecordsOnly_ByReminderId()
    {
        await Stores.Reminders.SaveAsync(Claimed(1, ReminderId.Expired), null, Ct);
        await Stores.Reminders.SaveAsync(Claimed(1, ReminderId.DaysBefore(7)), null, Ct);
        await Stores.Reminders.SaveAsync(Claimed(1, ReminderId.DaysBefore(1)), null, Ct);
        await Stores.Reminders.SaveAsync(Claimed(2, ReminderId.DaysBefore(7)), null, Ct);

        var listed = await Stores.Reminders.ListAsync(SampleCases.Number(1), Ct);

        Assert.Equal(["days-1", "days-7", "expired"], listed.Select(r => r.Value.ReminderId));
        Assert.All(listed, r => Assert.Equal(SampleCases.Number(1), r.Value.Number));
    }

    [Fact]
    public async Task Reminder_ContendedClaim_HasExactlyOneWinner()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(
            async () =>
            {
                try
                {
                    await Stores.Reminders.SaveAsync(Claimed(1, ReminderId.Expired, $"instance-{i}"), null, Ct);
                    return true;
                }
                catch (ConcurrencyConflictException)
                {
                    return false;
                }
            },
            Ct)));

        Assert.Single(results, won => won);
    }
}
