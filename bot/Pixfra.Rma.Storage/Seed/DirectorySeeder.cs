using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Seed;

/// <summary>
/// Inserts seed entries that are not there yet and never overwrites one that is: what staff changed since the
/// first start wins, and running the seed on every start is harmless.
/// </summary>
public sealed class DirectorySeeder(IRepairStationDirectory repairStations, IDistributorDirectory distributors, IStaffDirectory staff)
{
    /// <summary>Returns how many entries were inserted.</summary>
    public async Task<int> SeedAsync(DirectorySeed seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var inserted = 0;
        foreach (var station in seed.RepairStations)
        {
            inserted += await InsertAsync(() => repairStations.SaveAsync(station, null, cancellationToken));
        }

        foreach (var distributor in seed.Distributors)
        {
            inserted += await InsertAsync(() => distributors.SaveAsync(distributor, null, cancellationToken));
        }

        foreach (var member in seed.Staff)
        {
            inserted += await InsertAsync(() => staff.SaveAsync(member, null, cancellationToken));
        }

        return inserted;
    }

    private static async Task<int> InsertAsync(Func<Task<string>> insert)
    {
        try
        {
            await insert();
            return 1;
        }
        catch (ConcurrencyConflictException)
        {
            return 0;
        }
    }
}
