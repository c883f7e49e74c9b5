using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Conversations.Tests.Takeover;

/// <summary>Takeover scripts: every turn's messages to other conversations are delivered through <see cref="Outbox"/>.</summary>
public abstract class TakeoverScriptBase : RmaScriptBase
{
    protected TakeoverScriptBase() => Outbox = new Outbox(World);

    protected Outbox Outbox { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A second support person (seeded by <see cref="SeedLiAsync"/>).</summary>
    protected static Speaker Li => new("msteams", "29:li", "Li Wei", "tenant-pixfra", "aad-staff-li", null);

    protected Task SeedLiAsync() =>
        new SqliteStaffDirectory(World.Database).SaveAsync(new StaffMember("staff-li", "Li Wei", "li@pixfra.example", "aad-staff-li", null, true), null, Ct);

    protected async Task<TurnOutput> SayAsync(Chat chat, string text) => await DeliverAsync(await chat.SayAsync(text));

    protected async Task<TurnOutput> ClickAsync(Chat chat, string verb, params (string Id, string Value)[] inputs) => await DeliverAsync(await chat.ClickAsync(verb, inputs));

    /// <summary>Clicks the Action.Execute <paramref name="verb"/> on <paramref name="card"/>, with its inputs filled.</summary>
    protected async Task<TurnOutput> ExecuteAsync(Chat chat, RenderedCard card, string verb, params (string Id, string Value)[] inputs)
    {
        var data = CardButtons.FindExecute(card, verb) ?? throw new InvalidOperationException($"Card {card.TemplateName} has no Action.Execute '{verb}'.");
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return await DeliverAsync(await chat.ExecuteAsync(verb, data));
    }

    protected async Task<TurnOutput> DeliverAsync(TurnOutput output)
    {
        await Outbox.DeliverAsync(output);
        return output;
    }

    /// <summary>Alex asks for support; returns the handoff, the staff thread as Zhang sees it, and the posted card.</summary>
    protected async Task<(Handoff Handoff, Chat Zhang, RenderedCard Card)> EscalateAsync(Chat distributor, string text = "talk to support")
    {
        await SayAsync(distributor, text);
        var state = await StateOf(distributor);
        var handoff = (await World.Handoffs.GetAsync(state!.HandoffId!, Ct))!.Value;
        var thread = handoff.StaffThread!;
        return (handoff, ChatAs(RmaWorld.Staff, thread.ConversationId), Outbox.To(thread)[0].Card!);
    }

    protected async Task<ConversationState?> StateOf(Chat chat) =>
        (await new SqliteConversationStateStore(World.Database).GetAsync<ConversationState>(chat.Key, Ct))?.Value;

    protected async Task<Handoff> HandoffAsync(string id) => (await World.Handoffs.GetAsync(id, Ct))!.Value;

    protected static string Text(TurnOutput output) => string.Join("\n", output.Replies.Select(r => r.Text ?? r.Card!.FallbackText));
}
