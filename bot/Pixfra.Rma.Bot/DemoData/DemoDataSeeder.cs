using System.Text.Json;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Bot.DemoData;

/// <summary>
/// Loads the demo directories and registry rows at start when <c>DemoData:Enabled</c> is true (Development),
/// so a new user can run the whole flow in the Agents Playground at once. Entries that already exist are left
/// as they are, so restarting keeps what was changed meanwhile.
/// </summary>
internal sealed partial class DemoDataSeeder(
    IConfiguration configuration,
    IDistributorDirectory distributors,
    IStaffDirectory staff,
    IRepairStationDirectory stations,
    IShipmentRegistry registry,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue<bool>("DemoData:Enabled"))
        {
            return;
        }

        var path = Path.GetFullPath(configuration["DemoData:Path"] ?? Path.Combine("data", "demo-data.json"), AppContext.BaseDirectory);
        var demo = JsonSerializer.Deserialize<DemoDataFile>(await File.ReadAllTextAsync(path, cancellationToken), StorageJson.Options)
            ?? throw new InvalidOperationException($"DemoData:Path: {path} is empty.");

        foreach (var station in demo.RepairStations)
        {
            await InsertIfMissingAsync(() => stations.GetAsync(station.Id, cancellationToken), () => stations.SaveAsync(station, null, cancellationToken));
        }

        foreach (var distributor in demo.Distributors)
        {
            await InsertIfMissingAsync(() => distributors.GetAsync(distributor.Id, cancellationToken), () => distributors.SaveAsync(distributor, null, cancellationToken));
        }

        foreach (var member in demo.Staff)
        {
            await InsertIfMissingAsync(() => staff.GetAsync(member.Id, cancellationToken), () => staff.SaveAsync(member, null, cancellationToken));
        }

        await registry.UpsertAsync(demo.Shipments, cancellationToken);
        LogSeeded(logger, path);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Several instances may start at once: whoever inserts first wins, the others find it there.</summary>
    private static async Task InsertIfMissingAsync<T>(Func<Task<T?>> get, Func<Task<string>> insert)
        where T : class
    {
        if (await get() is not null)
        {
            return;
        }

        try
        {
            await insert();
        }
        catch (ConcurrencyConflictException)
        {
            // Inserted meanwhile by another instance: the entry exists, which is all the demo needs.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo data loaded from {Path}: demo distributors, staff and shipments are in this bot's storage.")]
    private static partial void LogSeeded(ILogger logger, string path);
}
