using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Registry;

namespace Pixfra.Rma.Bot.DemoData;

/// <summary>The shape of data/demo-data.json: directories and registry rows for trying the bot locally.</summary>
public sealed record DemoDataFile(
    IReadOnlyList<RepairStation> RepairStations,
    IReadOnlyList<Distributor> Distributors,
    IReadOnlyList<StaffMember> Staff,
    IReadOnlyList<ShipmentRecord> Shipments);
