using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.MyRmas;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// The photos and documents of an issued RMA, each with a fresh short-lived link: for staff, and for the distributor
/// who owns the case — anyone else is told there is no such RMA, exactly as for a number that does not exist.
/// </summary>
public static class EvidenceFilesFlow
{
    public static async Task ShowAsync(FlowTurn turn, string? typedNumber)
    {
        var stored = await MyRmasFlow.FindOwnAsync(turn, typedNumber);
        if (stored is null)
        {
            return;
        }

        Show(turn, stored.Value);
    }

    /// <summary>The files card of a case the speaker has already been allowed to see.</summary>
    public static void Show(FlowTurn turn, RmaCase rmaCase)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        var files = rmaCase.Evidence
            .OrderBy(e => e.LineNumber ?? int.MaxValue)
            .ThenBy(e => e.Kind)
            .Select(e => new EvidenceFileView(
                Heading(turn, rmaCase, e),
                EvidenceText.File(turn, e),
                turn.Services.Links.LinkFor(e.BlobName, e.ContentType, turn.Now).AbsoluteUri))
            .ToList();
        turn.Card(new EvidenceFilesCard(rmaCase.Number.ToString(), files, turn.Text("Evidence_Files_LinksExpire")));
    }

    private static string Heading(FlowTurn turn, RmaCase rmaCase, EvidenceReference evidence)
    {
        var kind = turn.Text($"Evidence_Kind_{evidence.Kind}");
        return evidence.LineNumber is { } line && rmaCase.Lines.FirstOrDefault(l => l.LineNumber == line) is { } unit
            ? turn.Text("Evidence_Files_OfUnit", kind, line, unit.SerialNumber)
            : evidence.Proves is { } date ? turn.Text("Evidence_Files_Dated", kind, turn.Date(date)) : kind;
    }
}
