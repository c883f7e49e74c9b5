using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Turns;

public sealed class InMemoryProcessedActivityStoreTests
{
    private static readonly ActivityKey Key = new("msteams", "a:1", "m1");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstClaimWins_UntilItExpires()
    {
        var store = new InMemoryProcessedActivityStore(_clock);

        Assert.True(await store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct));
        Assert.False(await store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct));
        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.True(await store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct));
    }

    [Fact]
    public async Task ReleasedClaim_CanBeClaimedAgain()
    {
        var store = new InMemoryProcessedActivityStore(_clock);
        await store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct);

        await store.ReleaseAsync(Key, Ct);

        Assert.True(await store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct));
    }

    [Fact]
    public async Task ConcurrentClaims_OnlyOneWins()
    {
        var store = new InMemoryProcessedActivityStore(_clock);

        var results = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ =>
            Task.Run(() => store.TryClaimAsync(Key, _clock.GetUtcNow().AddMinutes(10), Ct), Ct)));

        Assert.Equal(1, results.Count(won => won));
    }
}
