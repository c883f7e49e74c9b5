using NodaTime;
using Pixfra.Rma.Conversations.Support;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static SupportRequest Request(string id, Instant at, string? details = null) => new(
        id, SupportRequestKind.WarrantyReview, "msteams", "a:conv/1?#", "29:user", "王小明", "tenant-1", "aad-1", "d-1", "RMA-7K3M-9Q2D", details ?? Unicode, at);

    [Fact]
    public async Task SupportRequest_RoundTrip_KeepsEveryField()
    {
        var request = Request("req-1", SampleCases.Epoch, Large(50_000));

        await Stores.SupportRequests.AddAsync(request, Ct);

        Assert.Equal([request], await Stores.SupportRequests.ListRecentAsync(10, Ct));
    }

    [Fact]
    public async Task SupportRequest_SameIdTwice_IsRecordedOnce()
    {
        await Stores.SupportRequests.AddAsync(Request("req-1", SampleCases.Epoch, "first"), Ct);

        await Stores.SupportRequests.AddAsync(Request("req-1", SampleCases.Epoch, "second"), Ct);

        Assert.Equal(["first"], (await Stores.SupportRequests.ListRecentAsync(10, Ct)).Select(r => r.Details));
    }

    [Fact]
    public async Task SupportRequest_ListRecent_NewestFirstThenIdDescending_UpToTheCount()
    {
        var requests = Enumerable.Range(1, 7).Select(i => Request($"req-{i}", SampleCases.Epoch.Plus(Duration.FromMinutes(i / 2)))).ToList();
        foreach (var request in requests)
        {
            await Stores.SupportRequests.AddAsync(request, Ct);
        }

        var recent = await Stores.SupportRequests.ListRecentAsync(4, Ct);

        Assert.Equal(["req-7", "req-6", "req-5", "req-4"], recent.Select(r => r.Id));
    }
}
