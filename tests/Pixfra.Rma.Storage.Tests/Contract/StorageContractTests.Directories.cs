using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static Distributor Distributor(string id, params DistributorIdentity[] identities) =>
        new(id, $"深圳热像科技 {id} 🔭", "CN-South", "rs-shenzhen", "zh-Hans", identities);

    [Fact]
    public async Task Distributor_RoundTrip_KeepsEveryField()
    {
        var distributor = Distributor("d-1", DistributorIdentity.TeamsTenant("t-1"), DistributorIdentity.SlackUser("T1", "U1"), DistributorIdentity.InviteCode("邀请-42"));

        var etag = await Stores.Distributors.SaveAsync(distributor, null, Ct);
        var read = await Stores.Distributors.GetAsync("d-1", Ct);

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(distributor with { Identities = [] }, read.Value with { Identities = [] });
        Assert.Equal(distributor.Identities, read.Value.Identities);
    }

    [Fact]
    public async Task Distributor_Missing_IsNullEverywhere()
    {
        Assert.Null(await Stores.Distributors.GetAsync("nope", Ct));
        Assert.Null(await Stores.Distributors.FindByTeamsAsync("t", "u", Ct));
        Assert.Null(await Stores.Distributors.FindBySlackAsync("T", "U", Ct));
        Assert.Null(await Stores.Distributors.FindByInviteCodeAsync("code", Ct));
        Assert.Empty(await Stores.Distributors.ListAsync(Ct));
    }

    [Fact]
    public async Task Distributor_TeamsUserListedByOne_BeatsTheTenantOwnedByAnother()
    {
        await Stores.Distributors.SaveAsync(Distributor("d-a", DistributorIdentity.TeamsTenant("tenant-x")), null, Ct);
        await Stores.Distributors.SaveAsync(Distributor("d-b", DistributorIdentity.TeamsUser("aad-7")), null, Ct);

        Assert.Equal("d-b", (await Stores.Distributors.FindByTeamsAsync("tenant-x", "aad-7", Ct))?.Id);
        Assert.Equal("d-a", (await Stores.Distributors.FindByTeamsAsync("tenant-x", "aad-8", Ct))?.Id);
        Assert.Null(await Stores.Distributors.FindByTeamsAsync("tenant-y", "aad-8", Ct));
    }

    [Fact]
    public async Task Distributor_SlackUserListedByOne_BeatsTheWorkspaceOwnedByAnother()
    {
        await Stores.Distributors.SaveAsync(Distributor("d-a", DistributorIdentity.SlackTeam("T1")), null, Ct);
        await Stores.Distributors.SaveAsync(Distributor("d-b", DistributorIdentity.SlackUser("T1", "U9")), null, Ct);

        Assert.Equal("d-b", (await Stores.Distributors.FindBySlackAsync("T1", "U9", Ct))?.Id);
        Assert.Equal("d-a", (await Stores.Distributors.FindBySlackAsync("T1", "U1", Ct))?.Id);
        Assert.Null(await Stores.Distributors.FindBySlackAsync("T2", "U9", Ct));
    }

    [Fact]
    public async Task Distributor_IdentityRemovedOnSave_NoLongerFindsIt()
    {
        var etag = await Stores.Distributors.SaveAsync(Distributor("d-1", DistributorIdentity.InviteCode("OLD")), null, Ct);

        await Stores.Distributors.SaveAsync(Distributor("d-1", DistributorIdentity.InviteCode("NEW")), etag, Ct);

        Assert.Null(await Stores.Distributors.FindByInviteCodeAsync("OLD", Ct));
        Assert.Equal("d-1", (await Stores.Distributors.FindByInviteCodeAsync("NEW", Ct))?.Id);
    }

    [Fact]
    public async Task Distributor_StaleETag_ThrowsConflictAndKeepsIdentities()
    {
        var first = await Stores.Distributors.SaveAsync(Distributor("d-1", DistributorIdentity.InviteCode("A")), null, Ct);
        await Stores.Distributors.SaveAsync(Distributor("d-1", DistributorIdentity.InviteCode("B")), first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Stores.Distributors.SaveAsync(Distributor("d-1", DistributorIdentity.InviteCode("C")), first, Ct));

        Assert.Null(await Stores.Distributors.FindByInviteCodeAsync("C", Ct));
        Assert.Equal("d-1", (await Stores.Distributors.FindByInviteCodeAsync("B", Ct))?.Id);
    }

    [Fact]
    public async Task Distributor_List_IsOrderedById()
    {
        foreach (var id in new[] { "d-3", "d-1", "d-2" })
        {
            await Stores.Distributors.SaveAsync(Distributor(id), null, Ct);
        }

        Assert.Equal(["d-1", "d-2", "d-3"], (await Stores.Distributors.ListAsync(Ct)).Select(d => d.Id));
    }

    [Fact]
    public async Task Staff_FoundByEntraOrSlackId_ActiveOrNot()
    {
        var active = new StaffMember("s-1", "李工程师 👷", "li@pixfra.example", "aad-s1", "U-S1", true);
        var former = new StaffMember("s-2", "Former", "former@pixfra.example", "aad-s2", null, false);
        await Stores.Staff.SaveAsync(active, null, Ct);
        await Stores.Staff.SaveAsync(former, null, Ct);

        Assert.Equal(active, await Stores.Staff.FindByEntraObjectIdAsync("aad-s1", Ct));
        Assert.Equal(active, await Stores.Staff.FindBySlackUserIdAsync("U-S1", Ct));
        Assert.Equal(former, await Stores.Staff.FindByEntraObjectIdAsync("aad-s2", Ct));
        Assert.Null(await Stores.Staff.FindBySlackUserIdAsync("U-none", Ct));
        Assert.Equal([active, former], await Stores.Staff.ListAsync(Ct));
    }

    [Fact]
    public async Task Staff_StaleETag_ThrowsConflict()
    {
        var member = new StaffMember("s-1", "A", "a@pixfra.example", "aad-1", null, true);
        var first = await Stores.Staff.SaveAsync(member, null, Ct);
        var second = await Stores.Staff.SaveAsync(member with { Active = false }, first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Staff.SaveAsync(member, first, Ct));

        Assert.Equal(new Versioned<StaffMember>(member with { Active = false }, second), await Stores.Staff.GetAsync("s-1", Ct));
    }

    [Fact]
    public async Task RepairStation_RoundTrip_AndListById()
    {
        var shenzhen = new RepairStation("rs-sz", "深圳维修中心", "广东省深圳市南山区 1 号", ["CN-South", "HK"]);
        var rotterdam = new RepairStation("rs-nl", "Rotterdam", "Weena 1, Rotterdam", ["EU"]);
        await Stores.RepairStations.SaveAsync(shenzhen, null, Ct);
        await Stores.RepairStations.SaveAsync(rotterdam, null, Ct);

        var read = await Stores.RepairStations.GetAsync("rs-sz", Ct);

        Assert.Equal(shenzhen.Regions, read!.Value.Regions);
        Assert.Equal(shenzhen.Address, read.Value.Address);
        Assert.Equal(["rs-nl", "rs-sz"], (await Stores.RepairStations.ListAsync(Ct)).Select(s => s.Id));
        Assert.Null(await Stores.RepairStations.GetAsync("rs-none", Ct));
    }
}
