using NodaTime.Text;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Conversations.Registry;

/// <summary>
/// Reads the factory's shipment file: header <c>serial_number,delivered_on</c>, then one unit per line with an ISO
/// date. Serial numbers are normalised as the domain does (full-width folded, upper-cased). Blank lines are skipped, fields are trimmed and may be wrapped in double quotes. A serial number repeated
/// with the same date counts once; with another date it is an error.
/// </summary>
public static class ShipmentCsvReader
{
    private static readonly string[] Header = ["serial_number", "delivered_on"];

    public static ShipmentCsvParseResult Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new Dictionary<SerialNumber, ShipmentRecord>();
        var errors = new List<ShipmentCsvError>();
        var lineNumber = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (lineNumber == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(',').Select(Unquote).ToArray();
            if (!headerSeen)
            {
                headerSeen = true;
                if (!fields.Select(f => f.ToLowerInvariant()).SequenceEqual(Header))
                {
                    errors.Add(new ShipmentCsvError(lineNumber, ShipmentCsvProblem.BadHeader, line));
                    return new ShipmentCsvParseResult([], errors);
                }

                continue;
            }

            if (ParseRow(lineNumber, line, fields, records) is { } error)
            {
                errors.Add(error);
            }
        }

        if (errors.Count == 0 && records.Count == 0)
        {
            errors.Add(new ShipmentCsvError(Math.Max(lineNumber, 1), ShipmentCsvProblem.NoRows, null));
        }

        return new ShipmentCsvParseResult([.. records.Values], errors);
    }

    private static ShipmentCsvError? ParseRow(int lineNumber, string line, string[] fields, Dictionary<SerialNumber, ShipmentRecord> records)
    {
        if (fields.Length != 2)
        {
            return new ShipmentCsvError(lineNumber, ShipmentCsvProblem.WrongFieldCount, line);
        }

        if (!SerialNumber.TryParse(fields[0], out var serial, out _))
        {
            return new ShipmentCsvError(lineNumber, ShipmentCsvProblem.BadSerialNumber, fields[0]);
        }

        var date = LocalDatePattern.Iso.Parse(fields[1]);
        if (!date.Success)
        {
            return new ShipmentCsvError(lineNumber, ShipmentCsvProblem.BadDate, fields[1]);
        }

        if (records.TryGetValue(serial, out var earlier))
        {
            return earlier.DeliveredOn == date.Value
                ? null
                : new ShipmentCsvError(lineNumber, ShipmentCsvProblem.ConflictingDuplicate, serial.Value);
        }

        records.Add(serial, new ShipmentRecord(serial, date.Value));
        return null;
    }

    private static string Unquote(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"' ? trimmed[1..^1].Trim() : trimmed;
    }
}
