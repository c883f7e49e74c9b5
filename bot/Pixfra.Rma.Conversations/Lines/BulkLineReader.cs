using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;
using NodaTime;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>
/// Reads a pasted list, one unit per line: serial number, model or part number, fault — separated by tabs (a
/// spreadsheet copy), semicolons or commas. Each line stands alone: a bad line is reported with its number and
/// does not stop the others.
/// </summary>
public static class BulkLineReader
{
    public const int MaxTextLength = 20_000;

    public static IEnumerable<(int LineNumber, string Text, UnitEntry? Unit, string? Error)> Read(
        FlowTurn turn, string text, TamperAnswers tamper, LocalDate? invoiceDate, bool noSubstitute)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (unit, error) = ReadLine(turn, line, tamper, invoiceDate, noSubstitute);
            yield return (i + 1, line, unit, error);
        }
    }

    private static (UnitEntry? Unit, string? Error) ReadLine(FlowTurn turn, string line, TamperAnswers tamper, LocalDate? invoiceDate, bool noSubstitute)
    {
        var separator = line.Contains('\t', StringComparison.Ordinal) ? '\t' : line.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var fields = line.Split(separator, 3, StringSplitOptions.TrimEntries);
        if (fields.Length < 3 || fields.Any(f => f.Length == 0))
        {
            return (null, turn.Text("Bulk_Error_Fields"));
        }

        if (!SerialNumber.TryParse(fields[0], out var serialNumber, out var problem))
        {
            return (null, LineProblems.Describe(turn, "SerialNumber", problem));
        }

        var (model, partNumber) = ModelOrPart(turn, fields[1]);
        if (model is null)
        {
            return (null, turn.Text("Bulk_Error_ModelOrPart", fields[1]));
        }

        if (fields[2].Length > LineFormReader.MaxFaultLength)
        {
            return (null, turn.Text("Line_Error_Fault_TooLong", LineFormReader.MaxFaultLength));
        }

        return (new UnitEntry(model, serialNumber, partNumber, fields[2], tamper, invoiceDate, noSubstitute), null);
    }

    /// <summary>A model code, or a part number that belongs to exactly one model.</summary>
    private static (ProductModel? Model, PartNumber? PartNumber) ModelOrPart(FlowTurn turn, string text)
    {
        if (turn.Services.Catalog.FindModel(text) is { } model)
        {
            return (model, null);
        }

        if (PartNumber.TryParse(text, out var partNumber, out _))
        {
            var models = turn.Services.Catalog.ModelsWithPartNumber(partNumber).Take(2).ToList();
            if (models.Count == 1)
            {
                return (models[0], partNumber);
            }
        }

        return (null, null);
    }
}
