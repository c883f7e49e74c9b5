using NodaTime;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Storage.Tests.Contract;

public abstract partial class StorageContractTests
{
    private static readonly ConversationKey AlexChat = new("msteams", "a:alex/1?#");

    private static Handoff Handoff(string id, Instant at, ConversationKey? chat = null, HandoffState state = HandoffState.Waiting) => new(
        id,
        HandoffReason.WarrantyUnverified,
        Unicode,
        state,
        chat ?? AlexChat,
        new Speaker("msteams", "29:alex", "王小明", "tenant-1", "aad-1", null),
        "d-1",
        "Contoso 热成像",
        "zh-Hans",
        "RMA-7K3M-9Q2D",
        SampleCases.Case(1, "d-1", serials: "PX384A1B2C3D"),
        [new TranscriptEntry(false, "王小明", Large(300), at), new TranscriptEntry(true, "Assistant", "Added", at)],
        at,
        at);

    [Fact]
    public async Task Handoff_RoundTrip_KeepsEveryField()
    {
        var handoff = Handoff("H-1", SampleCases.Epoch) with
        {
            State = HandoffState.Claimed,
            ClaimedBy = new HandoffStaff("staff-zhang", "张敏"),
            ClaimedAt = SampleCases.Epoch.Plus(Duration.FromMinutes(3)),
            StaffThread = new ConversationKey("msteams", "19:staff@thread.tacv2;messageid=17"),
            CardActivityId = "17",
        };

        var etag = await Stores.Handoffs.SaveAsync(handoff, null, Ct);
        var stored = (await Stores.Handoffs.GetAsync("H-1", Ct))!;

        Assert.Equal(etag, stored.ETag);
        Assert.Equal(handoff with { Case = null, Transcript = [] }, stored.Value with { Case = null, Transcript = [] });
        Assert.Equal(handoff.Transcript, stored.Value.Transcript);
        Assert.Equal(handoff.Case!.Number, stored.Value.Case!.Number);
        Assert.Null(await Stores.Handoffs.GetAsync("H-2", Ct));
    }

    [Fact]
    public async Task Handoff_SecondInsertOrStaleETag_IsRefused_AndNothingIsWritten()
    {
        var first = await Stores.Handoffs.SaveAsync(Handoff("H-1", SampleCases.Epoch), null, Ct);
        var claimedByZhang = Handoff("H-1", SampleCases.Epoch) with { State = HandoffState.Claimed, ClaimedBy = new HandoffStaff("zhang", "Zhang") };
        var claimedByLi = claimedByZhang with { ClaimedBy = new HandoffStaff("li", "Li") };

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Handoffs.SaveAsync(Handoff("H-1", SampleCases.Epoch), null, Ct));
        await Stores.Handoffs.SaveAsync(claimedByZhang, first, Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Stores.Handoffs.SaveAsync(claimedByLi, first, Ct));

        Assert.Equal("zhang", (await Stores.Handoffs.GetAsync("H-1", Ct))!.Value.ClaimedBy!.StaffId);
    }

    [Fact]
    public async Task Handoff_ListWaiting_OldestFirst_Paged_WithoutClaimedOrClosedOnes()
    {
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            var state = i switch { 2 => HandoffState.Claimed, 4 => HandoffState.Cancelled, 5 => HandoffState.Resolved, _ => HandoffState.Waiting };
            await Stores.Handoffs.SaveAsync(Handoff($"H-{7 - i}", SampleCases.Epoch.Plus(Duration.FromMinutes(i / 2)), state: state), null, Ct);
            if (state == HandoffState.Waiting)
            {
                ids.Add($"H-{7 - i}");
            }
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Stores.Handoffs.ListWaitingAsync(new PageRequest(2, token), Ct);
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(h => h.Value.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        // Same minute: ordered by id.
        Assert.Equal(["H-6", "H-7", "H-4", "H-1"], seen);
        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Handoff_FoundByItsStaffThread_AndAnActiveOneByTheDistributorsChat()
    {
        var thread = new ConversationKey("msteams", "19:staff@thread.tacv2;messageid=17");
        await Stores.Handoffs.SaveAsync(Handoff("H-old", SampleCases.Epoch, state: HandoffState.Resolved), null, Ct);
        await Stores.Handoffs.SaveAsync(Handoff("H-new", SampleCases.Epoch.Plus(Duration.FromMinutes(1))) with { StaffThread = thread }, null, Ct);
        await Stores.Handoffs.SaveAsync(Handoff("H-other", SampleCases.Epoch.Plus(Duration.FromMinutes(2)), new ConversationKey("msteams", "a:megan")), null, Ct);

        Assert.Equal("H-new", (await Stores.Handoffs.FindByStaffThreadAsync(thread, Ct))?.Value.Id);
        Assert.Null(await Stores.Handoffs.FindByStaffThreadAsync(new ConversationKey("msteams", "19:staff@thread.tacv2;messageid=18"), Ct));
        Assert.Equal("H-new", (await Stores.Handoffs.FindActiveByDistributorConversationAsync(AlexChat, Ct))?.Value.Id);

        var stored = (await Stores.Handoffs.GetAsync("H-new", Ct))!;
        await Stores.Handoffs.SaveAsync(stored.Value with { State = HandoffState.Cancelled }, stored.ETag, Ct);
        Assert.Null(await Stores.Handoffs.FindActiveByDistributorConversationAsync(AlexChat, Ct));
    }
}
