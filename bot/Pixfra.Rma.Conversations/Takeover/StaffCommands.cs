using System.Globalization;
using Pixfra.Rma.Cards.Templates;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Commands;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Staff commands, in the staff channel or a personal chat: queue, look-up, status, exclusion, questions, notes,
/// hand back and resolve. The router lets only staff (per speaker, from the staff directory) reach these. Every
/// change to a case is a domain operation recorded in its history with who and when.
/// </summary>
public static class StaffCommands
{
    private static readonly RmaStatus[] SettableStatuses =
        [RmaStatus.Received, RmaStatus.Inspecting, RmaStatus.InRepair, RmaStatus.ShippedBack, RmaStatus.Closed, RmaStatus.Rejected];

    private static readonly (string Keyword, RmaStatus Status)[] StatusKeywords = LoadStatusKeywords();

    public static async Task RunAsync(FlowTurn turn, Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        switch (command.Kind)
        {
            case CommandKind.Queue:
                await QueueAsync(turn);
                break;
            case CommandKind.Lookup:
                await LookupAsync(turn, command.Text);
                break;
            case CommandKind.SetStatus:
                await SetStatusAsync(turn, command.Text);
                break;
            case CommandKind.Exclude:
                await ExcludeAsync(turn, command.Text);
                break;
            case CommandKind.Ask:
                await AskAsync(turn, command.Text);
                break;
            case CommandKind.Note:
                await NoteAsync(turn, command.Text);
                break;
            case CommandKind.HandBack:
                await HandoffFlow.HandBackAsync(turn, handoffId: null, command.Argument);
                break;
            case CommandKind.Resolve:
                await HandoffFlow.ResolveAsync(turn, handoffId: null);
                break;
        }
    }

    public static async Task QueueAsync(FlowTurn turn)
    {
        var page = await turn.Services.HandoffStore.ListWaitingAsync(PageRequest.First(20), turn.CancellationToken);
        if (page.Items.Count == 0)
        {
            turn.Say("Queue_Empty");
            return;
        }

        var items = page.Items.Select(v => v.Value).Select(h => "• " + turn.Text(
            "Queue_Item",
            h.Id,
            MarkdownEscaper.Escape(h.Requester.Name ?? turn.Text("Handoff_Unknown")),
            MarkdownEscaper.Escape(h.DistributorName ?? turn.Text("Handoff_Unknown")),
            turn.Text($"Handoff_Reason_{h.Reason}"),
            (long)(turn.Now - h.CreatedAt).TotalMinutes));
        turn.Replies.Add(Reply.OfText(string.Join("\n\n", [turn.Text("Queue_Title", page.Items.Count), .. items])));
    }

    public static async Task LookupAsync(FlowTurn turn, string? argument)
    {
        var (first, _) = Split(argument);
        if (first is null)
        {
            turn.Say("Staff_Lookup_Usage");
            return;
        }

        IReadOnlyList<RmaCase> found;
        if (RmaNumber.TryParse(first, out var number))
        {
            found = await turn.Services.Cases.GetAsync(number, turn.CancellationToken) is { } stored ? [stored.Value] : [];
        }
        else if (SerialNumber.TryParse(first, out var serial, out _))
        {
            found = [.. (await turn.Services.Cases.FindBySerialNumberAsync(serial, turn.CancellationToken)).Select(v => v.Value).TakeLast(5)];
        }
        else
        {
            found = [];
        }

        if (found.Count == 0)
        {
            turn.Say("Staff_Lookup_NotFound", MarkdownEscaper.Escape(Transcript.Clip(first)));
            return;
        }

        foreach (var rmaCase in found)
        {
            turn.Replies.Add(Reply.OfText(await StaffCaseView.TextAsync(turn, rmaCase)));
            if (rmaCase.Evidence.Count > 0)
            {
                EvidenceFilesFlow.Show(turn, rmaCase);
            }
        }
    }

    public static async Task SetStatusAsync(FlowTurn turn, string? argument)
    {
        var (first, rest) = Split(argument);
        if (!RmaNumber.TryParse(first, out var number) || ParseStatus(rest) is not { } parsed)
        {
            turn.Say("Staff_Set_Usage");
            return;
        }

        var me = await HandoffFlow.MeAsync(turn);
        if (await ChangeAsync(turn, number, me, h => h.Kind == CaseEventKind.StatusChange && h.To == parsed.Status && h.Reason == parsed.Reason, c => c.MoveTo(parsed.Status, turn.Now, HandoffFlow.StaffActor(me), parsed.Reason)) is not { } changed)
        {
            return;
        }

        turn.Say("Staff_Set_Done", number, turn.Text($"Status_{changed.Status}"));
        await StatusNotices.AddAsync(turn, changed, parsed.Reason);
    }

    public static async Task ExcludeAsync(FlowTurn turn, string? argument)
    {
        var (first, rest) = Split(argument);
        var (lineText, reason) = Split(rest);
        if (!RmaNumber.TryParse(first, out var number)
            || !int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || string.IsNullOrWhiteSpace(reason))
        {
            turn.Say("Staff_Exclude_Usage");
            return;
        }

        var me = await HandoffFlow.MeAsync(turn);
        if (await ChangeAsync(turn, number, me, h => h.Kind == CaseEventKind.LineExcluded && h.LineNumber == line, c => c.ExcludeLine(line, Transcript.Clip(reason), turn.Now, HandoffFlow.StaffActor(me))) is not null)
        {
            turn.Say("Staff_Exclude_Done", line, number, MarkdownEscaper.Escape(Transcript.Clip(reason)));
        }
    }

    public static async Task AskAsync(FlowTurn turn, string? argument)
    {
        var (first, question) = Split(argument);
        if (!RmaNumber.TryParse(first, out var number) || string.IsNullOrWhiteSpace(question))
        {
            turn.Say("Staff_Ask_Usage");
            return;
        }

        var stored = await turn.Services.Cases.GetAsync(number, turn.CancellationToken);
        if (stored is null)
        {
            turn.Say("Staff_Lookup_NotFound", number);
            return;
        }

        if (stored.Value.RaisedIn is not { } chat)
        {
            turn.Say("Staff_NoChat", number);
            return;
        }

        var me = await HandoffFlow.MeAsync(turn);
        var clipped = Transcript.Clip(question);
        if (await ChangeAsync(turn, number, me, h => h.Kind == CaseEventKind.InformationRequested && h.Reason == clipped, c => c.Record(CaseEventKind.InformationRequested, turn.Now, HandoffFlow.StaffActor(me), clipped)) is null)
        {
            return;
        }

        var distributor = await turn.Services.Distributors.GetAsync(stored.Value.DistributorId, turn.CancellationToken);
        var culture = BotCulture.FromLocale(distributor?.Value.PreferredLocale);
        turn.Outbound.Add(OutboundMessage.Send(
            new Protocol.Proactive.ConversationKey(chat.ChannelId, chat.ConversationId),
            HandoffFlow.InfoRequest(turn, me.Name, clipped, number.ToString(), culture)));
        turn.Say("Staff_Ask_Done", number);
    }

    public static async Task NoteAsync(FlowTurn turn, string? argument)
    {
        var (first, note) = Split(argument);
        if (!RmaNumber.TryParse(first, out var number) || string.IsNullOrWhiteSpace(note))
        {
            turn.Say("Staff_Note_Usage");
            return;
        }

        var me = await HandoffFlow.MeAsync(turn);
        if (await ChangeAsync(turn, number, me, h => h.Kind == CaseEventKind.StaffNote && h.Reason == Transcript.Clip(note), c => c.Record(CaseEventKind.StaffNote, turn.Now, HandoffFlow.StaffActor(me), Transcript.Clip(note))) is not null)
        {
            turn.Say("Staff_Note_Done", number);
        }
    }

    /// <summary>The status named at the start of <paramref name="text"/> (English or Chinese) and the reason after it.</summary>
    public static (RmaStatus Status, string? Reason)? ParseStatus(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = CommandParser.Normalize(text);
        var kept = CommandParser.Normalize(text, lowerCase: false);
        foreach (var (keyword, status) in StatusKeywords)
        {
            var rest = typed.StartsWith(keyword, StringComparison.Ordinal) ? typed[keyword.Length..] : null;
            if (rest is not null && (rest.Length == 0 || rest[0] == ' ' || keyword[^1] > '\u3000'))
            {
                var reason = kept[keyword.Length..].Trim();
                return (status, reason.Length == 0 ? null : Transcript.Clip(reason));
            }
        }

        return null;
    }

    /// <summary>The refusal of the domain becomes the staff member's answer; nothing is written then.</summary>
    private static async Task<RmaCase?> ChangeAsync(FlowTurn turn, RmaNumber number, HandoffStaff me, Func<StatusChange, bool> sameChange, Func<RmaCase, RmaCase> change)
    {
        try
        {
            var changed = await StaffCases.ModifyAsync(turn, number, HandoffFlow.StaffActor(me), sameChange, change);
            if (changed is null)
            {
                turn.Say("Staff_Lookup_NotFound", number);
            }

            return changed;
        }
        catch (InvalidRmaTransitionException e)
        {
            turn.Say("Staff_Refused", e.Message);
            return null;
        }
    }

    private static (string? First, string? Remainder) Split(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (trimmed, null) : (trimmed[..space], trimmed[(space + 1)..].Trim());
    }

    private static (string, RmaStatus)[] LoadStatusKeywords() =>
        [.. SettableStatuses
            .SelectMany(status => BotCulture.Supported.SelectMany(culture =>
                BotText.Get($"StaffStatus_{status}_Keywords", culture).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(k => (CommandParser.Normalize(k), status))))
            .Distinct()
            .OrderByDescending(k => k.Item1.Length)];
}
