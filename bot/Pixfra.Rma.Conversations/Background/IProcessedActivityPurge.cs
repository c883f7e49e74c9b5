namespace Pixfra.Rma.Conversations.Background;

/// <summary>
/// Removes de-duplication claims that expired, so the processed-activity store does not grow forever. Stores with
/// a working TTL (Cosmos DB) also expire them on their own; this is the portable way.
/// </summary>
public interface IProcessedActivityPurge
{
    /// <summary>Deletes claims that expired before now; returns how many.</summary>
    Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);
}
