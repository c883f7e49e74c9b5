namespace Pixfra.Rma.Conversations.Directories;

/// <summary>Where returned units are repaired, and the sales regions it serves.</summary>
public sealed record RepairStation(string Id, string Name, string Address, IReadOnlyList<string> Regions);
