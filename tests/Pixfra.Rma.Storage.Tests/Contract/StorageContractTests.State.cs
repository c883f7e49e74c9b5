using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    public sealed record TestState(string Step, int Counter, string Note, IReadOnlyList<string> Items);

    private static readonly ConversationKey Conversation = new("msteams", "a:1Xy-对话;messageid=1/2?#%");

    [Fact]
    public async Task State_NeverSaved_IsNull()
    {
        Assert.Null(await Stores.State.GetAsync<TestState>(Conversation, Ct));
    }

    [Fact]
    public async Task State_RoundTrip_KeepsUnicodeAndLargeValues()
    {
        var state = new TestState("photos", 1, Large(300_000), [Unicode, "", "😀"]);

        var etag = await Stores.State.SaveAsync(Conversation, state, null, Ct);
        var read = await Stores.State.GetAsync<TestState>(Conversation, Ct);

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(state.Note, read.Value.Note);
        Assert.Equal(state.Items, read.Value.Items);
        Assert.Equal(state.Step, read.Value.Step);
    }

    [Fact]
    public async Task State_SaveWithCurrentETag_ReplacesAndChangesETag()
    {
        var first = await Stores.State.SaveAsync(Conversation, new TestState("a", 1, "", []), null, Ct);

        var second = await Stores.State.SaveAsync(Conversation, new TestState("b", 2, "", []), first, Ct);

        Assert.NotEqual(first, second);
        Assert.Equal("b", (await Stores.State.GetAsync<TestState>(Conversation, Ct))!.Value.Step);
    }

    [Fact]
    public async Task State_SaveWithStaleETag_ThrowsConflictAndKeepsTheNewerValue()
    {
        var first = await Stores.State.SaveAsync(Conversation, new TestState("a", 1, "", []), null, Ct);
        await Stores.State.SaveAsync(Conversation, new TestState("b", 2, "", []), first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Stores.State.SaveAsync(Conversation, new TestState("stale", 3, "", []), first, Ct));

        Assert.Equal("b", (await Stores.State.GetAsync<TestState>(Conversation, Ct))!.Value.Step);
    }

    [Fact]
    public async Task State_CreateWhenItExists_ThrowsConflictAndKeepsTheValue()
    {
        await Stores.State.SaveAsync(Conversation, new TestState("a", 1, "", []), null, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Stores.State.SaveAsync(Conversation, new TestState("again", 1, "", []), null, Ct));

        Assert.Equal("a", (await Stores.State.GetAsync<TestState>(Conversation, Ct))!.Value.Step);
    }

    [Fact]
    public async Task State_ReplaceWhenMissing_ThrowsConflict()
    {
        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Stores.State.SaveAsync(Conversation, new TestState("a", 1, "", []), "\"no-such-etag\"", Ct));

        Assert.Null(await Stores.State.GetAsync<TestState>(Conversation, Ct));
    }

    [Fact]
    public async Task State_Delete_ForgetsItAndIgnoresMissing()
    {
        await Stores.State.SaveAsync(Conversation, new TestState("a", 1, "", []), null, Ct);

        await Stores.State.DeleteAsync(Conversation, Ct);
        await Stores.State.DeleteAsync(Conversation, Ct);

        Assert.Null(await Stores.State.GetAsync<TestState>(Conversation, Ct));
    }

    [Fact]
    public async Task State_SameConversationIdOnAnotherChannel_IsAnotherDocument()
    {
        await Stores.State.SaveAsync(Conversation, new TestState("teams", 1, "", []), null, Ct);

        Assert.Null(await Stores.State.GetAsync<TestState>(Conversation with { ChannelId = "slack" }, Ct));
    }

    [Fact]
    public async Task State_ConcurrentWritersWithRetryLoops_CountEveryIncrementOnce()
    {
        const int Writers = 16;
        await Stores.State.SaveAsync(Conversation, new TestState("count", 0, "", []), null, Ct);

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(IncrementAsync, Ct)));

        Assert.Equal(Writers, (await Stores.State.GetAsync<TestState>(Conversation, Ct))!.Value.Counter);
    }

    private async Task IncrementAsync()
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var current = (await Stores.State.GetAsync<TestState>(Conversation, Ct))!;
            try
            {
                await Stores.State.SaveAsync(Conversation, current.Value with { Counter = current.Value.Counter + 1 }, current.ETag, Ct);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Someone else incremented first: read again and retry, as a turn would.
            }
        }

        throw new InvalidOperationException("Gave up after 1000 conflicts.");
    }
}
