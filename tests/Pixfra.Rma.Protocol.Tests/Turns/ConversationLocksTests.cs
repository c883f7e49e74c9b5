using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Turns;

public sealed class ConversationLocksTests
{
    private static readonly ConversationKey Busy = new("msteams", "a:busy");
    private static readonly ConversationKey Free = new("msteams", "a:free");

    [Fact]
    public async Task SecondTurnOfAConversation_WaitsForTheFirst_OthersDoNot()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);

        var second = locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);
        var other = locks.AcquireAsync(Free, TestContext.Current.CancellationToken);

        Assert.False(second.IsCompleted);
        Assert.True(other.IsCompletedSuccessfully);
        first.Dispose();
        (await second).Dispose();
        (await other).Dispose();
    }

    [Fact]
    public async Task Entries_AreRemoved_WhenIdle()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);
        var second = locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);
        Assert.Equal(1, locks.ActiveCount);

        first.Dispose();
        (await second).Dispose();

        Assert.Equal(0, locks.ActiveCount);
    }

    [Fact]
    public async Task CancelledWaiter_LeavesNoEntryBehind()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);
        using var cancel = new CancellationTokenSource();
        var waiting = locks.AcquireAsync(Busy, cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, locks.ActiveCount);
    }

    [Fact]
    public async Task DisposingTwice_ReleasesOnce()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);
        first.Dispose();
        var second = await locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);

        first.Dispose();
        var third = locks.AcquireAsync(Busy, TestContext.Current.CancellationToken);

        Assert.False(third.IsCompleted);
        second.Dispose();
        (await third).Dispose();
    }
}
