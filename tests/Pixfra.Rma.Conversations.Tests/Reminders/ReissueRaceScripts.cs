using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

/// <summary>The expiry scan and a distributor's reissue touch the same case at the same moment.</summary>
public sealed class ReissueRaceScripts : ReminderScriptBase
{
    [Fact]
    public async Task Reissue_WhileTheScanRecordsTheExpiry_StillReissues()
    {
        var (chat, number) = await IssueAsync();
        At(2027, 1, 1, 0, 5);
        var racing = new ScanRightAfterFirstRead(World.Cases, number, () => ScanAsync());
        var bot = new RmaConversation(new SqliteConversationStateStore(World.Database), World.Services(racing));

        var output = await bot.HandleAsync(chat.Key, RmaWorld.Alex, TurnInput.Message($"reissue {number}", "en-US"), Ct);

        Assert.True(racing.Scanned);
        var old = (await World.Cases.GetAsync(number, Ct))!.Value;
        Assert.Equal(RmaStatus.Superseded, old.Status);
        Assert.Equal(RmaStatus.Authorized, (await World.Cases.GetAsync(old.SupersededBy!.Value, Ct))!.Value.Status);
        Assert.Contains(output.Replies, r => r.Text?.Contains($"{number} expired and is now replaced by {old.SupersededBy}", StringComparison.Ordinal) == true);
        Assert.Equal(["expired"], Sender.Delivered.Select(d => d.Notice.ReminderId));
    }

    /// <summary>The real store; right after the flow first reads the case, the expiry scan runs (and writes it).</summary>
    private sealed class ScanRightAfterFirstRead(IRmaCaseStore inner, RmaNumber number, Func<Task> scan) : IRmaCaseStore
    {
        public bool Scanned { get; private set; }

        public async Task<Versioned<RmaCase>?> GetAsync(RmaNumber rmaNumber, CancellationToken cancellationToken)
        {
            var read = await inner.GetAsync(rmaNumber, cancellationToken);
            if (!Scanned && rmaNumber == number)
            {
                Scanned = true;
                await scan();
            }

            return read;
        }

        public Task<string> SaveAsync(RmaCase rmaCase, string? expectedETag, CancellationToken cancellationToken) => inner.SaveAsync(rmaCase, expectedETag, cancellationToken);

        public Task<Page<Versioned<RmaCase>>> ListByDistributorAsync(string distributorId, PageRequest page, CancellationToken cancellationToken) =>
            inner.ListByDistributorAsync(distributorId, page, cancellationToken);

        public Task<Page<Versioned<RmaCase>>> ListByStatusAsync(RmaStatus status, PageRequest page, CancellationToken cancellationToken) =>
            inner.ListByStatusAsync(status, page, cancellationToken);

        public Task<Page<Versioned<RmaCase>>> ListByValidityEndAsync(RmaStatus status, Instant endsBefore, PageRequest page, CancellationToken cancellationToken) =>
            inner.ListByValidityEndAsync(status, endsBefore, page, cancellationToken);

        public Task<IReadOnlyList<Versioned<RmaCase>>> FindBySerialNumberAsync(SerialNumber serialNumber, CancellationToken cancellationToken) =>
            inner.FindBySerialNumberAsync(serialNumber, cancellationToken);
    }
}
