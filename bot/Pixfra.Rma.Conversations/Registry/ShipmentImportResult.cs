namespace Pixfra.Rma.Conversations.Registry;

/// <summary>How many distinct serial numbers were written, or (with nothing written) the lines refused.</summary>
public sealed record ShipmentImportResult(int Imported, IReadOnlyList<ShipmentCsvError> Errors);
