namespace Pixfra.Rma.Conversations.Registry;

/// <summary>
/// Imports a factory shipment file all-or-nothing: any refused line means nothing is written and every refused
/// line is reported with its number, so staff fix the file and import it again (upserts make that safe).
/// </summary>
public sealed class ShipmentImporter(IShipmentRegistry registry)
{
    /// <summary>Records handed to the registry per call, so one huge file never becomes one huge request.</summary>
    public const int BatchSize = 500;

    public async Task<ShipmentImportResult> ImportAsync(TextReader csv, CancellationToken cancellationToken)
    {
        var parsed = ShipmentCsvReader.Parse(csv);
        if (!parsed.IsValid)
        {
            return new ShipmentImportResult(0, parsed.Errors);
        }

        foreach (var batch in parsed.Records.Chunk(BatchSize))
        {
            await registry.UpsertAsync(batch, cancellationToken);
        }

        return new ShipmentImportResult(parsed.Records.Count, []);
    }
}
