using NodaTime;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Time;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

/// <summary>
/// Reminder scripts: an RMA issued through the chat on 1 Dec 2026 09:00 China time (last day 31 Dec), scans run by
/// one or more "hosts" over the world's SQLite file, and a recording sender in place of the connector.
/// </summary>
public abstract class ReminderScriptBase : RmaScriptBase
{
    protected ReminderScriptBase() => Sender = new RecordingReminderSender(World.Clock);

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected RecordingReminderSender Sender { get; }

    protected ReminderPolicy Policy { get; } = new();

    protected SqliteReminderLog Log => new(World.Database);

    /// <summary>A scan as one host runs it; a new one over the same file is that host after a restart.</summary>
    protected ReminderScan Host(string instanceId = "host-a", IReminderSender? sender = null) =>
        new(World.Cases, new SqliteConversationStateStore(World.Database), new SqliteReminderLog(World.Database), sender ?? Sender, Policy, instanceId);

    protected Task<ReminderScanResult> ScanAsync(string instanceId = "host-a") => Host(instanceId).RunOnceAsync(World.Clock.GetCurrentInstant(), Ct);

    /// <summary>Alex's personal chat issues an RMA for one unit; returns the chat and the number.</summary>
    protected async Task<(Chat Chat, RmaNumber Number)> IssueAsync(string serialNumber = "PX384A1B2C3D")
    {
        var chat = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(chat);
        await AddUnitAsync(chat, serialNumber);
        return (chat, RmaNumber.Parse(await ConfirmAsync(chat)));
    }

    /// <summary>Sets the clock to a China wall-clock time.</summary>
    protected void At(int year, int month, int day, int hour = 9, int minute = 0) =>
        World.Clock.Reset(new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(ChinaTime.Zone).ToInstant());

    protected async Task<ReminderRecord?> RecordAsync(RmaNumber number, string reminderId) => (await Log.GetAsync(number, reminderId, Ct))?.Value;

    /// <summary>Who speaks in the chat now: a support person (<paramref name="takeover"/>) or the bot (null).</summary>
    protected async Task SetTakeoverAsync(Chat chat, StaffTakeover? takeover)
    {
        var states = new SqliteConversationStateStore(World.Database);
        var stored = (await states.GetAsync<ConversationState>(chat.Key, Ct))!;
        await states.SaveAsync(chat.Key, stored.Value with { Takeover = takeover }, stored.ETag, Ct);
    }
}
