using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>P9, P13, P15: the units of the RMA, entered one by one on a form or pasted as a list.</summary>
public static class LineFlow
{
    public static void ShowForm(FlowTurn turn, ProductLineValues? values, IReadOnlyList<string> errors)
    {
        turn.State = turn.State with { Step = FlowStep.Lines };
        var draft = turn.State.Draft!;
        var models = turn.Services.Catalog.Models
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .Select(m => new ChoiceView($"{m.Name} ({m.Code})", m.Code))
            .ToList();
        turn.Card(new ProductLineCard(
            [.. draft.Lines.Select(l => new LineSummaryView($"{l.LineNumber} · {l.SerialNumber}", $"{l.ModelCode} · {Verdicts.Outcome(turn, l.Assessment).Text}"))],
            models,
            values ?? ProductLineValues.Empty,
            [.. errors.Select(e => new MessageView(e))],
            draft.Number.Symbols,
            turn.Today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static async Task AddAsync(FlowTurn turn)
    {
        var (unit, values, errors) = LineFormReader.Read(turn, turn.Input.Data);
        if (unit is null)
        {
            ShowForm(turn, values, errors);
            return;
        }

        var (line, refusal) = await UnitAcceptance.TryAddAsync(turn, unit);
        if (line is null)
        {
            ShowForm(turn, values, [refusal!]);
            return;
        }

        var warnings = line.Mismatches.Select(m => turn.Text($"Line_Warning_{m}", line.SerialNumber, line.ModelCode)).ToList();
        turn.Say("Line_Added", line.SerialNumber, Verdicts.Outcome(turn, line.Assessment).Text);
        ShowForm(turn, values: null, warnings);
    }

    public static void ShowBulk(FlowTurn turn, string units, IReadOnlyList<string> errors)
    {
        turn.State = turn.State with { Step = FlowStep.BulkLines };
        turn.Card(new BulkLinesCard(
            units,
            [.. errors.Select(e => new MessageView(e))],
            turn.State.Draft!.Number.Symbols,
            turn.Today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static async Task AddBulkAsync(FlowTurn turn)
    {
        var data = turn.Input.Data;
        var text = CardData.Text(data, "units");
        if (text is null)
        {
            ShowBulk(turn, string.Empty, [turn.Text("Bulk_Units_Required")]);
            return;
        }

        if (CardData.TooLong(text, BulkLineReader.MaxTextLength))
        {
            ShowBulk(turn, string.Empty, [turn.Text("Bulk_Error_TooLong", BulkLineReader.MaxTextLength)]);
            return;
        }

        var condition = CardData.Text(data, "condition");
        var errors = new List<string>();
        if (condition is not ("clean" or "some"))
        {
            errors.Add(turn.Text("Line_Error_YesNo", turn.Text("Bulk_Condition_Label")));
        }
        else if (condition == "some")
        {
            errors.Add(turn.Text("Bulk_Error_SomeTampered"));
        }

        var invoiceDate = LineFormReader.InvoiceDate(turn, CardData.Text(data, "invoiceDate"), errors);
        if (errors.Count > 0)
        {
            ShowBulk(turn, text, errors);
            return;
        }

        var noSubstitute = CardData.Text(data, "noSubstitute") == "true";
        var rejected = new List<string>();
        var added = 0;
        foreach (var (lineNumber, lineText, unit, error) in BulkLineReader.Read(turn, text, TamperAnswers.None, invoiceDate, noSubstitute).ToList())
        {
            var refusal = error;
            if (unit is not null)
            {
                (_, refusal) = await UnitAcceptance.TryAddAsync(turn, unit);
            }

            if (refusal is null)
            {
                added++;
                continue;
            }

            errors.Add(turn.Text("Bulk_Error_Line", lineNumber, refusal));
            rejected.Add(lineText);
        }

        turn.Say("Bulk_Added", added, rejected.Count);
        if (rejected.Count > 0)
        {
            ShowBulk(turn, string.Join('\n', rejected), errors);
            return;
        }

        ShowForm(turn, values: null, errors: []);
    }

    public static void Done(FlowTurn turn)
    {
        if (turn.State.Draft!.Lines.Count == 0)
        {
            ShowForm(turn, values: null, [turn.Text("Line_Error_NoUnits")]);
            return;
        }

        // Photos and documents (P10, P13) come between the units and the review; with no unit under warranty
        // nothing travels on a number, so nothing is asked for and the review says why.
        if (RequiredEvidence.For(turn.State.Draft!).Count > 0)
        {
            EvidenceFlow.Show(turn, []);
            return;
        }

        ReviewFlow.Show(turn);
    }
}
