using System.Text.Json;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Seed;

/// <summary>Directory entries to load at start (demo data, or a first import). Same JSON shape the stores keep.</summary>
public sealed record DirectorySeed(
    IReadOnlyList<RepairStation> RepairStations,
    IReadOnlyList<Distributor> Distributors,
    IReadOnlyList<StaffMember> Staff)
{
    /// <summary>The fictional sample directory shipped for demos (Seed/sample-directory.json, embedded).</summary>
    public static DirectorySeed Sample()
    {
        using var stream = typeof(DirectorySeed).Assembly.GetManifestResourceStream("Pixfra.Rma.Storage.Seed.sample-directory.json")
            ?? throw new InvalidOperationException("The sample directory is not embedded.");
        return Parse(stream);
    }

    public static DirectorySeed Parse(Stream json) =>
        JsonSerializer.Deserialize<DirectorySeed>(json, StorageJson.Options) ?? throw new JsonException("The directory seed is JSON null.");
}
