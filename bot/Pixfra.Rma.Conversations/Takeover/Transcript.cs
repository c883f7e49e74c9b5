using Pixfra.Rma.Conversations.Flow;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// The short rolling transcript kept in the conversation state for the handoff card: what the distributor typed
/// and the first line of what the bot answered, clipped. Staff conversations keep none.
/// </summary>
public static class Transcript
{
    private const int MaxChars = 300;

    public static void RecordInput(FlowTurn turn)
    {
        if (turn.State.Role == Role.Staff || turn.Input.Kind != TurnKind.Message || string.IsNullOrWhiteSpace(turn.Input.Text))
        {
            return;
        }

        Append(turn, new TranscriptEntry(false, Who(turn), Clip(turn.Input.Text), turn.Now));
    }

    public static void RecordReplies(FlowTurn turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.State.Role == Role.Staff || turn.State.Takeover is not null)
        {
            return;
        }

        foreach (var reply in turn.Replies)
        {
            var text = reply.Text ?? reply.Card?.FallbackText.Split('\n', 2)[0];
            if (!string.IsNullOrWhiteSpace(text))
            {
                Append(turn, new TranscriptEntry(true, turn.Text("Handoff_Transcript_Bot"), Clip(text), turn.Now));
            }
        }
    }

    public static string Who(FlowTurn turn) => string.IsNullOrWhiteSpace(turn.Speaker.Name) ? turn.Text("Handoff_Unknown") : turn.Speaker.Name;

    public static string Clip(string text)
    {
        var clean = new string([.. text.Where(c => !char.IsControl(c) || c == '\n')]).Trim();
        return clean.Length > MaxChars ? clean[..MaxChars] + "…" : clean;
    }

    private static void Append(FlowTurn turn, TranscriptEntry entry)
    {
        var keep = Math.Max(1, turn.Services.SupportSettings.TranscriptLength);
        var entries = (turn.State.Transcript ?? []).Append(entry).ToList();
        turn.State = turn.State with { Transcript = entries.Count > keep ? entries[^keep..] : entries };
    }
}
