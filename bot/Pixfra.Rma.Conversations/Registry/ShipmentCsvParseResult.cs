namespace Pixfra.Rma.Conversations.Registry;

/// <summary>The distinct records of a file and the lines refused; the file is usable only when there are no errors.</summary>
public sealed record ShipmentCsvParseResult(IReadOnlyList<ShipmentRecord> Records, IReadOnlyList<ShipmentCsvError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
