namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private const string Lease = "expiry-reminders";
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Lease_HeldByOneOwner_IsRefusedToAnotherUntilItExpires()
    {
        Assert.True(await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct));

        Time.Advance(LeaseTime - TimeSpan.FromSeconds(1));
        Assert.False(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));

        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));
        Assert.False(await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct));
    }

    [Fact]
    public async Task Lease_AcquiredAgainByItsOwner_IsExtended()
    {
        await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct);
        Time.Advance(TimeSpan.FromMinutes(4));

        Assert.True(await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct));

        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));
    }

    [Fact]
    public async Task Lease_Renew_WorksOnlyForTheOwnerBeforeExpiry()
    {
        await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct);

        Assert.False(await Stores.Leases.RenewAsync(Lease, "instance-b", LeaseTime, Ct));
        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.True(await Stores.Leases.RenewAsync(Lease, "instance-a", LeaseTime, Ct));
        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.False(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.False(await Stores.Leases.RenewAsync(Lease, "instance-a", LeaseTime, Ct));
    }

    [Fact]
    public async Task Lease_Release_ByAnotherOwnerDoesNothing_ByTheOwnerFreesIt()
    {
        await Stores.Leases.TryAcquireAsync(Lease, "instance-a", LeaseTime, Ct);

        await Stores.Leases.ReleaseAsync(Lease, "instance-b", Ct);
        Assert.False(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));

        await Stores.Leases.ReleaseAsync(Lease, "instance-a", Ct);
        Assert.True(await Stores.Leases.TryAcquireAsync(Lease, "instance-b", LeaseTime, Ct));
    }

    [Fact]
    public async Task Lease_ContendedByManyInstances_HasExactlyOneWinner()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(i => Task.Run(() => Stores.Leases.TryAcquireAsync(Lease, $"instance-{i}", LeaseTime, Ct), Ct)));

        Assert.Single(results, acquired => acquired);
    }
}
