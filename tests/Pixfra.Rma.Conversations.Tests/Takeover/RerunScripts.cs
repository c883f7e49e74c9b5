using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Conversations.Tests.Takeover;

/// <summary>
/// A staff turn whose own state write loses to a concurrent write is run again (once) on the fresh state; what its
/// first run already wrote (the claim, the closing) must not be lost, and its messages must still go out once.
/// </summary>
public sealed class RerunScripts : TakeoverScriptBase
{
    [Fact]
    public async Task ClaimWhoseStateWriteConflicts_IsRunAgain_AndTheDistributorIsToldOnce()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var (handoff, _, card) = await EscalateAsync(alex);
        var zhang = new Chat(World, RmaWorld.Staff, handoff.StaffThread!.ConversationId, bot: ConflictingBot(handoff.StaffThread!));

        var claimed = await ExecuteAsync(zhang, card, "handoff.claim");

        Assert.Contains("Taken over by Zhang Min", claimed.InvokeCard!.FallbackText, StringComparison.Ordinal);
        Assert.Single(Outbox.To(alex.Key), r => r.Text!.Contains("has joined this chat", StringComparison.Ordinal));
        Assert.Equal(HandoffState.Claimed, (await HandoffAsync(handoff.Id)).State);
    }

    [Fact]
    public async Task HandBackWhoseStateWriteConflicts_IsRunAgain_AndTheDistributorStillGetsTheStep()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        var (handoff, zhang, card) = await EscalateAsync(alex);
        await ExecuteAsync(zhang, card, "handoff.claim");
        var conflicting = new Chat(World, RmaWorld.Staff, handoff.StaffThread!.ConversationId, bot: ConflictingBot(handoff.StaffThread!));

        var back = await SayAsync(conflicting, "hand back checklist");

        Assert.Contains("handed the chat back to the assistant at: Checklist", Text(back), StringComparison.Ordinal);
        Assert.Single(Outbox.To(alex.Key), r => r.Text?.Contains("handed this chat back to me", StringComparison.Ordinal) == true);
        Assert.Equal("checklist-item", Outbox.To(alex.Key)[^1].Card!.TemplateName);
    }

    [Fact]
    public async Task CancelWhoseStateWriteConflicts_StillOnlyStopsWaiting_AndKeepsTheDraft()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        var (handoff, _, _) = await EscalateAsync(alex);
        var conflicting = new Chat(World, RmaWorld.Alex, bot: ConflictingBot(alex.Key));

        var cancelled = await SayAsync(conflicting, "cancel");

        Assert.Contains("You stopped waiting for support", Text(cancelled), StringComparison.Ordinal);
        Assert.NotNull((await StateOf(alex))!.Draft);
        Assert.Equal(HandoffState.Cancelled, (await HandoffAsync(handoff.Id)).State);
    }

    [Fact]
    public async Task SetStatusWhoseStateWriteConflicts_IsRecordedOnce_AndTheDistributorGetsOneCard()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);
        var zhang = new Chat(World, RmaWorld.Staff, "personal-zhang", bot: ConflictingBot(new ConversationKey("msteams", "personal-zhang")));

        var set = await SayAsync(zhang, $"set {number} received");

        Assert.Contains($"RMA {number} is now: Received", Text(set), StringComparison.Ordinal);
        var rmaCase = (await World.Cases.GetAsync(Domain.Rma.RmaNumber.Parse(number), Ct))!.Value;
        Assert.Single(rmaCase.History, h => h.To == Domain.Cases.RmaStatus.Received);
        Assert.Single(Outbox.To(alex.Key));
    }

    private RmaConversation ConflictingBot(ConversationKey conversation) =>
        new(new ConflictOnce(new SqliteConversationStateStore(World.Database), conversation), World.Services());

    /// <summary>Another instance writes <paramref name="conversation"/>'s state just before this one's first write.</summary>
    private sealed class ConflictOnce(IConversationStateStore inner, ConversationKey conversation) : IConversationStateStore
    {
        private bool _done;

        public Task<Versioned<T>?> GetAsync<T>(ConversationKey key, CancellationToken cancellationToken)
            where T : class => inner.GetAsync<T>(key, cancellationToken);

        public async Task<string> SaveAsync<T>(ConversationKey key, T state, string? expectedETag, CancellationToken cancellationToken)
            where T : class
        {
            if (!_done && key == conversation)
            {
                _done = true;
                var current = await inner.GetAsync<ConversationState>(key, cancellationToken);
                await inner.SaveAsync(key, current?.Value ?? ConversationState.New, current?.ETag, cancellationToken);
            }

            return await inner.SaveAsync(key, state, expectedETag, cancellationToken);
        }

        public Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
    }
}
