using System.Globalization;
using NodaTime;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>The staff card of a handoff, drawn from the handoff record alone (it holds the snapshot), so any click can redraw it.</summary>
public static class HandoffCardView
{
    public static readonly string[] Steps = ["menu", "checklist", "units", "photos", "review"];

    public static RenderedCard Render(Handoff handoff, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        string T(string key, params object?[] args) => args.Length == 0 ? BotText.Get(key, culture) : BotText.Format(key, culture, args);

        var status = handoff.State switch
        {
            HandoffState.Waiting => T("Handoff_Status_Waiting", StaffTime.Format(handoff.CreatedAt, culture)),
            HandoffState.Claimed => T("Handoff_Status_Claimed", handoff.ClaimedBy?.Name, StaffTime.Format(handoff.ClaimedAt ?? handoff.CreatedAt, culture)),
            HandoffState.Cancelled => T("Handoff_Status_Cancelled", StaffTime.Format(handoff.ClosedAt ?? handoff.CreatedAt, culture)),
            _ => T("Handoff_Status_Resolved", StaffTime.Format(handoff.ClosedAt ?? handoff.CreatedAt, culture)),
        };
        var rmaCase = handoff.Case;
        var caseText = rmaCase is null
            ? handoff.CaseNumber ?? T("Handoff_NoCase")
            : rmaCase.Status == RmaStatus.Draft ? T("Handoff_DraftCase", rmaCase.Number) : $"{rmaCase.Number} · {T($"Status_{rmaCase.Status}")}";
        var facts = new List<FactView>
        {
            new(T("Handoff_Fact_Who"), handoff.Requester.Name ?? T("Handoff_Unknown")),
            new(T("Handoff_Fact_Organisation"), handoff.DistributorName ?? T("Handoff_Unknown")),
            new(T("Handoff_Fact_Case"), caseText),
            new(T("Handoff_Fact_Reason"), T($"Handoff_Reason_{handoff.Reason}")),
        };
        if (!string.IsNullOrWhiteSpace(handoff.Detail))
        {
            facts.Add(new(T("Handoff_Fact_Detail"), handoff.Detail));
        }

        var lines = rmaCase?.Lines.Select(l => new LineSummaryView(
            $"{l.LineNumber} · {l.SerialNumber} · {l.ModelCode}",
            l.ExcludedAfterInspection ?? T($"Outcome_{Verdicts.OutcomeOf(l.Assessment)}"))).ToList() ?? [];
        var checklist = rmaCase is null ? [] : Enum.GetValues<ChecklistItem>().Select(item =>
        {
            var answer = rmaCase.Checklist.FirstOrDefault(a => a.Item == item);
            var title = T($"Checklist_{item}_Title");
            return new MessageView(answer switch
            {
                null => T("Handoff_Checklist_Open", title),
                { Confirmed: true } => T("Handoff_Checklist_Confirmed", title, StaffTime.Format(answer.At, culture)),
                _ => T("Handoff_Checklist_Declined", title, StaffTime.Format(answer.At, culture)),
            });
        }).ToList();
        var transcript = handoff.Transcript.Select(e => new FactView(e.Who, e.Text)).ToList();
        return CardRenderer.Render(
            new HandoffCard(
                handoff.Id,
                T("Handoff_Card_Title", handoff.Id),
                status,
                facts,
                lines,
                checklist,
                [.. Missing(rmaCase, culture).Select(m => new MessageView(m))],
                transcript,
                CanClaim: handoff.State == HandoffState.Waiting,
                IsActive: handoff.IsActive,
                CanHandBack: handoff.State == HandoffState.Claimed,
                [.. Steps.Select(s => new ChoiceView(T($"Step_{Capitalize(s)}"), s))]),
            culture);
    }

    /// <summary>What the case still lacks before staff (or the bot) can finish it.</summary>
    public static IEnumerable<string> Missing(RmaCase? rmaCase, CultureInfo culture)
    {
        if (rmaCase is null)
        {
            yield break;
        }

        if (!rmaCase.ChecklistComplete)
        {
            yield return BotText.Get("Handoff_Missing_Checklist", culture);
        }

        if (rmaCase.Lines.Count == 0)
        {
            yield return BotText.Get("Handoff_Missing_Units", culture);
        }

        foreach (var line in rmaCase.Lines)
        {
            if (Verdicts.OutcomeOf(line.Assessment) == LineOutcome.Unverified)
            {
                yield return BotText.Format("Handoff_Missing_Date", culture, line.SerialNumber);
            }

            var kinds = rmaCase.Evidence.Where(e => e.LineNumber == line.LineNumber).Select(e => e.Kind).ToHashSet();
            if (!kinds.Contains(EvidenceKind.LabelPhoto) || !kinds.Contains(EvidenceKind.AppearancePhoto))
            {
                yield return BotText.Format("Handoff_Missing_Photos", culture, line.SerialNumber);
            }
        }
    }

    public static string StepTitle(string step, CultureInfo culture) => BotText.Get($"Step_{Capitalize(step)}", culture);

    private static string Capitalize(string step) => char.ToUpperInvariant(step[0]) + step[1..];

    internal static Instant Since(Handoff handoff) => handoff.ClaimedAt ?? handoff.CreatedAt;
}
