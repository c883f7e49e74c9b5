using System.Globalization;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Issue;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Everything about one RMA for staff: lines and verdicts, exclusions, checklist with times, photos and documents,
/// and the whole history including staff-only notes. Never shown to a distributor.
/// </summary>
public static class StaffCaseView
{
    public static async Task<string> TextAsync(FlowTurn turn, RmaCase rmaCase)
    {
        ArgumentNullException.ThrowIfNull(rmaCase);
        var distributor = await turn.Services.Distributors.GetAsync(rmaCase.DistributorId, turn.CancellationToken);
        var status = RmaCardView.EffectiveStatus(rmaCase, turn.Now);
        var text = new List<string>
        {
            turn.Text("Staff_Case_Header", rmaCase.Number, E(distributor?.Value.Name ?? rmaCase.DistributorId), turn.Text($"Status_{status}")),
        };
        if (rmaCase.Validity is { } validity)
        {
            text.Add(turn.Text("Staff_Case_Validity", turn.Date(validity.LastDay)));
        }

        foreach (var line in rmaCase.Lines)
        {
            text.Add(turn.Text(
                "Staff_Case_Line",
                line.LineNumber,
                line.SerialNumber,
                line.ModelCode,
                turn.Text($"Outcome_{Verdicts.OutcomeOf(line.Assessment)}"),
                E(line.FaultDescription)));
            if (line.ExcludedAfterInspection is { } reason)
            {
                text.Add(turn.Text("Staff_Case_LineExcluded", line.LineNumber, E(reason)));
            }
        }

        var checklist = rmaCase.Checklist.Select(a => $"{turn.Text($"Checklist_{a.Item}_Title")} {(a.Confirmed ? "✔" : "✘")} {StaffTime.Format(a.At, turn.Culture)}");
        text.Add(turn.Text("Staff_Case_Checklist", string.Join("; ", checklist)));
        if (rmaCase.Evidence.Count == 0)
        {
            text.Add(turn.Text("Staff_Case_Evidence_None"));
        }
        else
        {
            text.Add(turn.Text("Staff_Case_Evidence"));
            text.AddRange(rmaCase.Evidence.Select(e => "• " + turn.Text(
                "Staff_Case_EvidenceItem",
                e.Kind,
                e.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? "–",
                e.ContentType,
                e.SizeBytes,
                StaffTime.Format(e.UploadedAt, turn.Culture),
                E(e.UploadedBy.Name ?? e.UploadedBy.Id))));
        }

        if (rmaCase.RaisedIn is { } chat)
        {
            text.Add(turn.Text("Staff_Case_Raised", E($"{chat.ChannelId} {chat.ConversationId}")));
        }

        text.Add(turn.Text("Staff_Case_History"));
        text.AddRange(rmaCase.History.Select(h => "• " + turn.Text("Staff_Case_HistoryItem", StaffTime.Format(h.At, turn.Culture), E(h.Actor.Name ?? h.Actor.Id), What(turn, h))));
        return string.Join("\n\n", text);
    }

    private static string What(FlowTurn turn, StatusChange change)
    {
        var what = change.Kind switch
        {
            CaseEventKind.StatusChange => turn.Text("History_StatusChange", turn.Text($"Status_{change.From}"), turn.Text($"Status_{change.To}")),
            CaseEventKind.LineExcluded => turn.Text("History_LineExcluded", change.LineNumber),
            _ => turn.Text($"History_{change.Kind}"),
        };
        return change.Reason is { Length: > 0 } reason ? $"{what}: {E(reason)}" : what;
    }

    private static string E(string text) => MarkdownEscaper.Escape(text);
}
