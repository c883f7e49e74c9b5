using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>
/// Validates the product-line form on the server (P9, P13, P15): every field, whatever the card allowed.
/// Returns the unit, or every reason it was refused together with what the user typed, so the form can be
/// shown again without losing anything.
/// </summary>
public static class LineFormReader
{
    public const int MaxFaultLength = 1000;
    private static readonly LocalDate EarliestInvoice = new(2000, 1, 1);

    public static (UnitEntry? Unit, ProductLineValues Values, IReadOnlyList<string> Errors) Read(FlowTurn turn, JsonObject? data)
    {
        var values = new ProductLineValues(
            Echo(CardData.Text(data, "serialNumber"), 60),
            Echo(CardData.Text(data, "model"), 60),
            Echo(CardData.Text(data, "partNumber"), 60),
            Echo(CardData.Text(data, "fault"), MaxFaultLength * 2),
            YesNoEcho(CardData.Text(data, "painted")),
            YesNoEcho(CardData.Text(data, "tampered")),
            YesNoEcho(CardData.Text(data, "labelRemoved")),
            Echo(CardData.Text(data, "invoiceDate"), 10),
            CardData.Text(data, "noSubstitute") == "true" ? "true" : "false");
        var errors = new List<string>();

        SerialNumber serialNumber = default;
        if (!SerialNumber.TryParse(values.SerialNumber, out serialNumber, out var snProblem))
        {
            errors.Add(LineProblems.Describe(turn, "SerialNumber", snProblem));
        }

        var model = values.Model.Length == 0 ? null : turn.Services.Catalog.FindModel(values.Model);
        if (model is null)
        {
            errors.Add(turn.Text("Line_Error_Model"));
        }

        PartNumber? partNumber = null;
        if (values.PartNumber.Length > 0)
        {
            if (PartNumber.TryParse(values.PartNumber, out var pn, out var pnProblem))
            {
                partNumber = pn;
            }
            else
            {
                errors.Add(LineProblems.Describe(turn, "PartNumber", pnProblem));
            }
        }

        var fault = CardData.Text(data, "fault");
        if (fault is null)
        {
            errors.Add(turn.Text("Line_Error_Fault_Empty"));
        }
        else if (fault.Length > MaxFaultLength)
        {
            errors.Add(turn.Text("Line_Error_Fault_TooLong", MaxFaultLength));
        }

        var painted = YesNo(turn, values.Painted, "Line_Painted_Label", errors);
        var tampered = YesNo(turn, values.Tampered, "Line_Tampered_Label", errors);
        var labelRemoved = YesNo(turn, values.LabelRemoved, "Line_LabelRemoved_Label", errors);
        var invoiceDate = InvoiceDate(turn, values.InvoiceDate, errors);

        if (errors.Count > 0 || model is null || fault is null)
        {
            return (null, values, errors);
        }

        var unit = new UnitEntry(model, serialNumber, partNumber, fault, new TamperAnswers(painted, tampered, labelRemoved), invoiceDate, values.NoSubstitute == "true");
        return (unit, values, errors);
    }

    /// <summary>An optional invoice date: ISO, not before 2000 and not after today in China.</summary>
    public static LocalDate? InvoiceDate(FlowTurn turn, string? text, List<string> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success || parsed.Value < EarliestInvoice)
        {
            errors.Add(turn.Text("Line_Error_InvoiceDate_Invalid"));
            return null;
        }

        if (parsed.Value > turn.Today)
        {
            errors.Add(turn.Text("Line_Error_InvoiceDate_Future", turn.Date(turn.Today)));
            return null;
        }

        return parsed.Value;
    }

    private static bool YesNo(FlowTurn turn, string value, string questionKey, List<string> errors)
    {
        if (value is "yes" or "no")
        {
            return value == "yes";
        }

        errors.Add(turn.Text("Line_Error_YesNo", turn.Text(questionKey)));
        return false;
    }

    private static string YesNoEcho(string? value) => value is "yes" or "no" ? value : string.Empty;

    private static string Echo(string? value, int max) => value is null ? string.Empty : value.Length > max ? value[..max] : value;
}
