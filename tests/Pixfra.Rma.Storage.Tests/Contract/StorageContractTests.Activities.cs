using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly ActivityKey Delivery = new("msteams", "a:conv/1", "1712345678901");

    [Fact]
    public async Task Claim_FirstDelivery_IsClaimedAndTheRetryIsNot()
    {
        Assert.True(await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct));
        Assert.False(await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct));
    }

    [Fact]
    public async Task Claim_AfterExpiry_CanBeClaimedAgain()
    {
        await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct);

        Time.Advance(TimeSpan.FromMinutes(9));
        Assert.False(await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(20), Ct));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(20), Ct));
    }

    [Fact]
    public async Task Claim_Released_CanBeClaimedAgain()
    {
        await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct);

        await Stores.Activities.ReleaseAsync(Delivery, Ct);

        Assert.True(await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct));
    }

    [Fact]
    public async Task Claim_SameActivityIdInAnotherConversation_IsIndependent()
    {
        await Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct);

        Assert.True(await Stores.Activities.TryClaimAsync(Delivery with { ConversationId = "other" }, Start.AddMinutes(10), Ct));
    }

    [Fact]
    public async Task Claim_ManyAtOnce_ExactlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 12)
            .Select(_ => Task.Run(() => Stores.Activities.TryClaimAsync(Delivery, Start.AddMinutes(10), Ct), Ct)));

        Assert.Single(results, claimed => claimed);
    }

    [Fact]
    public async Task Purge_RemovesOnlyExpiredClaims()
    {
        await Stores.Activities.TryClaimAsync(Delivery with { ActivityId = "old" }, Start.AddMinutes(1), Ct);
        await Stores.Activities.TryClaimAsync(Delivery with { ActivityId = "new" }, Start.AddMinutes(30), Ct);
        Time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, await Stores.ActivityPurge.PurgeExpiredAsync(Ct));

        Assert.False(await Stores.Activities.TryClaimAsync(Delivery with { ActivityId = "new" }, Start.AddMinutes(30), Ct));
        Assert.Equal(0, await Stores.ActivityPurge.PurgeExpiredAsync(Ct));
    }
}
