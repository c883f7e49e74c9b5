using NodaTime;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Storage.Json;
using static Pixfra.Rma.Storage.Tests.Contract.SampleCases;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    [Fact]
    public async Task Case_NeverSaved_IsNull()
    {
        Assert.Null(await Stores.Cases.GetAsync(Number(1), Ct));
        Assert.Empty(await Stores.Cases.FindBySerialNumberAsync(SerialNumber.Parse("PX999999"), Ct));
        Assert.Empty((await Stores.Cases.ListByDistributorAsync("d-none", PageRequest.First(10), Ct)).Items);
    }

    [Fact]
    public async Task Case_RoundTrip_KeepsEveryFieldOfTheDomainRecord()
    {
        var rmaCase = Case(1, "d-1", serials: ["PX000001", "PX000002"]);

        var etag = await Stores.Cases.SaveAsync(rmaCase, null, Ct);
        var read = await Stores.Cases.GetAsync(rmaCase.Number, Ct);

        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        Assert.Equal(StorageJson.Serialize(rmaCase), StorageJson.Serialize(read.Value));
        Assert.Equal(rmaCase.Validity, read.Value.Validity);
        Assert.Equal(rmaCase.Lines[1].SerialNumber, read.Value.Lines[1].SerialNumber);
        Assert.Equal(rmaCase.Lines[0].Assessment.Components.LastDay?.Shift?.Holiday.DaysOff, read.Value.Lines[0].Assessment.Components.LastDay?.Shift?.Holiday.DaysOff);
    }

    [Fact]
    public async Task Case_StaleETag_ThrowsConflictAndNothingIsOverwritten()
    {
        var draft = Case(1, "d-1", RmaStatus.Draft, serials: "PX000001");
        var first = await Stores.Cases.SaveAsync(draft, null, Ct);
        var second = await Stores.Cases.SaveAsync(draft with { Status = RmaStatus.Authorized }, first, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => Stores.Cases.SaveAsync(Case(1, "d-1", RmaStatus.Cancelled, serials: "PX777777"), first, Ct));

        var read = await Stores.Cases.GetAsync(draft.Number, Ct);
        Assert.Equal(new Versioned<RmaStatus>(RmaStatus.Authorized, second), new Versioned<RmaStatus>(read!.Value.Status, read.ETag));
        Assert.Empty(await Stores.Cases.FindBySerialNumberAsync(SerialNumber.Parse("PX777777"), Ct));
        Assert.Empty((await Stores.Cases.ListByStatusAsync(RmaStatus.Cancelled, PageRequest.First(10), Ct)).Items);
    }

    [Fact]
    public async Task Case_NumberAlreadyTaken_ThrowsConflict()
    {
        await Stores.Cases.SaveAsync(Case(1, "d-1"), null, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Cases.SaveAsync(Case(1, "d-1"), null, Ct));
    }

    [Fact]
    public async Task Case_ListByDistributor_PagesNewestFirstWithoutDuplicatesOrGaps()
    {
        var mine = Enumerable.Range(1, 23).Select(i => Case(i, "d-1", createdAt: Epoch.Plus(Duration.FromMinutes(i / 3)))).ToList();
        await SaveAllAsync([.. mine, .. Enumerable.Range(100, 4).Select(i => Case(i, "d-2"))]);

        var listed = await ReadAllPagesAsync(page => Stores.Cases.ListByDistributorAsync("d-1", page, Ct), pageSize: 5);

        var expected = mine.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Number.ToString(), StringComparer.Ordinal);
        Assert.Equal(expected.Select(c => c.Number), listed.Select(c => c.Number));
    }

    [Fact]
    public async Task Case_ListByDistributor_InsertBetweenPagesNeitherRepeatsNorSkipsTheOthers()
    {
        var mine = Enumerable.Range(1, 9).Select(i => Case(i, "d-1", createdAt: Epoch.Plus(Duration.FromHours(i)))).ToList();
        await SaveAllAsync(mine);

        var first = await Stores.Cases.ListByDistributorAsync("d-1", PageRequest.First(4), Ct);
        await Stores.Cases.SaveAsync(Case(50, "d-1", createdAt: Epoch.Plus(Duration.FromDays(30))), null, Ct);
        var rest = await ReadAllPagesAsync(page => Stores.Cases.ListByDistributorAsync("d-1", page, Ct), 4, first.ContinuationToken);

        Assert.Equal(
            mine.OrderByDescending(c => c.CreatedAt).Select(c => c.Number),
            first.Items.Select(c => c.Value.Number).Concat(rest.Select(c => c.Number)));
    }

    [Fact]
    public async Task Case_ListByStatus_PagesOldestFirstAcrossDistributors()
    {
        var authorized = Enumerable.Range(1, 12).Select(i => Case(i, $"d-{i % 3}", RmaStatus.Authorized, Epoch.Plus(Duration.FromMinutes(i % 4)))).ToList();
        await SaveAllAsync([.. authorized, Case(40, "d-1", RmaStatus.Draft), Case(41, "d-2", RmaStatus.Closed)]);

        var listed = await ReadAllPagesAsync(page => Stores.Cases.ListByStatusAsync(RmaStatus.Authorized, page, Ct), pageSize: 5);

        var expected = authorized.OrderBy(c => c.CreatedAt).ThenBy(c => c.Number.ToString(), StringComparer.Ordinal);
        Assert.Equal(expected.Select(c => c.Number), listed.Select(c => c.Number));
    }

    [Fact]
    public async Task Case_ListByValidityEnd_ReturnsOnlyThatStatusEndingBeforeTheInstant_SoonestFirst()
    {
        var cases = Enumerable.Range(1, 10).Select(i => Case(i, $"d-{i % 2}", RmaStatus.Authorized, Epoch.Plus(Duration.FromDays(i)))).ToList();
        await SaveAllAsync([.. cases, Case(30, "d-1", RmaStatus.Expired, Epoch), Case(31, "d-1", RmaStatus.Draft, Epoch)]);
        var endsBefore = cases[6].Validity!.EndsAt;

        var listed = await ReadAllPagesAsync(page => Stores.Cases.ListByValidityEndAsync(RmaStatus.Authorized, endsBefore, page, Ct), pageSize: 4);

        Assert.Equal(cases.Take(6).Select(c => c.Number), listed.Select(c => c.Number));
    }

    [Fact]
    public async Task Case_FindBySerialNumber_ReturnsEveryCaseWithALineForIt_Once()
    {
        var older = Case(1, "d-1", createdAt: Epoch, serials: ["PX424242", "PX000001"]);
        var newer = Case(2, "d-2", RmaStatus.Closed, Epoch.Plus(Duration.FromDays(1)), "PX424242", "px424242");
        await SaveAllAsync([newer, older, Case(3, "d-1", serials: "PX000003")]);

        var found = await Stores.Cases.FindBySerialNumberAsync(SerialNumber.Parse("px424242"), Ct);

        Assert.Equal([older.Number, newer.Number], found.Select(c => c.Value.Number));
    }

    [Fact]
    public async Task Case_SerialNumberRemovedFromTheCase_IsNoLongerFound()
    {
        var rmaCase = Case(1, "d-1", RmaStatus.Draft, serials: "PX111111");
        var etag = await Stores.Cases.SaveAsync(rmaCase, null, Ct);

        await Stores.Cases.SaveAsync(Case(1, "d-1", RmaStatus.Draft, serials: "PX222222"), etag, Ct);

        Assert.Empty(await Stores.Cases.FindBySerialNumberAsync(SerialNumber.Parse("PX111111"), Ct));
        Assert.Single(await Stores.Cases.FindBySerialNumberAsync(SerialNumber.Parse("PX222222"), Ct));
    }

    [Fact]
    public async Task Case_ConcurrentEditorsWithRetryLoops_LoseNoHistoryEntry()
    {
        const int Editors = 10;
        var rmaCase = Case(1, "d-1");
        await Stores.Cases.SaveAsync(rmaCase, null, Ct);

        await Task.WhenAll(Enumerable.Range(0, Editors).Select(i => Task.Run(() => AppendHistoryAsync(rmaCase.Number, $"note {i}"), Ct)));

        Assert.Equal(Editors + 1, (await Stores.Cases.GetAsync(rmaCase.Number, Ct))!.Value.History.Count);
    }

    private async Task AppendHistoryAsync(Domain.Rma.RmaNumber number, string note)
    {
        while (true)
        {
            var current = (await Stores.Cases.GetAsync(number, Ct))!;
            var change = new StatusChange(current.Value.Status, current.Value.Status, Epoch, Actor.System, note);
            try
            {
                await Stores.Cases.SaveAsync(current.Value with { History = [.. current.Value.History, change] }, current.ETag, Ct);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Reload and re-apply, as a turn does.
            }
        }
    }

    private async Task SaveAllAsync(IEnumerable<RmaCase> cases)
    {
        foreach (var rmaCase in cases)
        {
            await Stores.Cases.SaveAsync(rmaCase, null, Ct);
        }
    }

    private static async Task<List<RmaCase>> ReadAllPagesAsync(
        Func<PageRequest, Task<Page<Versioned<RmaCase>>>> list, int pageSize, string? continuation = null)
    {
        var all = new List<RmaCase>();
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await list(new PageRequest(pageSize, continuation));
            Assert.True(page.Items.Count <= pageSize);
            all.AddRange(page.Items.Select(v => v.Value));
            continuation = page.ContinuationToken;
            if (continuation is null)
            {
                return all;
            }
        }

        throw new InvalidOperationException("More than 100 pages: the continuation never ends.");
    }
}
