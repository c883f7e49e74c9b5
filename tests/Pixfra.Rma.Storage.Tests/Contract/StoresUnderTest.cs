using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Storage.Tests.Contract;

/// <summary>Every store of one adapter, on fresh, empty storage; disposing removes that storage.</summary>
public sealed record StoresUnderTest(
    IConversationStateStore State,
    IConversationReferenceStore References,
    IProcessedActivityStore Activities,
    IProcessedActivityPurge ActivityPurge,
    ILeaseStore Leases,
    IDistributorDirectory Distributors,
    IStaffDirectory Staff,
    IRepairStationDirectory RepairStations,
    IShipmentRegistry Shipments,
    IRmaCaseStore Cases,
    ISupportRequestStore SupportRequests,
    IReminderLog Reminders,
    IHandoffStore Handoffs,
    Func<ValueTask> Cleanup) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Cleanup();
}
