using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Conversations.Registry;

/// <summary>Serial number → factory delivery date, the start of the warranty when no invoice says otherwise.</summary>
public interface IShipmentRegistry
{
    /// <summary>The delivery record of this serial number (exact match), or null when the factory never shipped it.</summary>
    Task<ShipmentRecord?> FindAsync(SerialNumber serialNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Inserts or replaces each record by serial number (the factory's file is the truth: last import wins).
    /// Adapters write large inputs in batches; a failure part-way leaves earlier batches written, which is safe
    /// because importing the same file again gives the same result.
    /// </summary>
    Task UpsertAsync(IReadOnlyCollection<ShipmentRecord> records, CancellationToken cancellationToken);
}
