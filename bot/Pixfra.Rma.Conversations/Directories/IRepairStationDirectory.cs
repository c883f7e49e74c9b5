using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Conversations.Directories;

/// <summary>The repair stations units are shipped to.</summary>
public interface IRepairStationDirectory
{
    Task<Versioned<RepairStation>?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Inserts (<paramref name="expectedETag"/> null) or replaces the station; returns the new ETag.</summary>
    /// <exception cref="ConcurrencyConflictException">Stale ETag, or it already exists; nothing was written.</exception>
    Task<string> SaveAsync(RepairStation station, string? expectedETag, CancellationToken cancellationToken);

    /// <summary>Every station, ordered by id.</summary>
    Task<IReadOnlyList<RepairStation>> ListAsync(CancellationToken cancellationToken);
}
