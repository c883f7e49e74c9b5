using System.Text;
using System.Text.Json.Nodes;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;

namespace Pixfra.Rma.Faults.Tests;

[CollectionDefinition(nameof(BoundedMemoryTests), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>
/// Issue 11: oversized input gets a readable answer, and the memory it costs is bounded by the limits, not by what
/// was sent. Measured as bytes allocated by the whole test process during the turn, so this collection runs alone.
/// </summary>
[Collection(nameof(BoundedMemoryTests))]
public sealed class BoundedMemoryTests : DevelopmentHostTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task A200MegabyteUpload_IsRefusedWithAReason_AndReadsNoMoreThanTheDownloadLimit()
    {
        await using var files = await FileHost.StartAsync();
        var chat = await RmaScript.AtTheFirstPhotoAsync(Http, Messages, "a:bad-200mb", Ct);
        var upload = FileMessages.Activity(chat, "huge.jpg", files.AddLarge("huge.jpg", 200 * MiB));

        var (replies, allocated) = await MeasuredAsync(() => chat.PostAsync(upload, Ct));

        var said = FileMessages.Said(replies);
        Assert.Contains("huge.jpg", said, StringComparison.Ordinal);
        Assert.Matches("(?i)too (large|big)|MB", said);
        Assert.True(allocated < 64 * MiB, $"{allocated / MiB} MiB allocated for a 200 MiB upload (Evidence:MaxBytes is 20 MiB)");
        await RmaScript.StillServingAsync(Http, Messages, Ct);
    }

    [Fact]
    public async Task TenThousandAttachments_InOneMessage_GetAReadableAnswer_WithBoundedMemory()
    {
        var chat = new ExpectRepliesChat(Http, Messages, "a:bad-many-attachments");
        await RmaScript.ToUnitsFormAsync(chat, Ct);
        var activity = chat.NewActivity();
        activity["attachments"] = new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode)new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = $"http://127.0.0.1:9/{i}" })]);
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");

        var ((status, body), allocated) = await MeasuredAsync(async () =>
        {
            using var response = await Http.PostAsync(Messages, content, Ct);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        });

        Assert.True((int)status is >= 400 and < 500 || ReadableReply(body), $"{(int)status}: {body[..Math.Min(body.Length, 300)]}");
        Assert.True(allocated < 64 * MiB, $"{allocated / MiB} MiB allocated for one message with 10,000 attachments");
        await RmaScript.StillServingAsync(Http, Messages, Ct);
    }

    private static async Task<(T Result, long Allocated)> MeasuredAsync<T>(Func<Task<T>> action)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await action();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }


    private static bool ReadableReply(string body) =>
        body.Length > 0 && JsonNode.Parse(body)?["activities"] is JsonArray { Count: > 0 } replies
        && replies.OfType<JsonObject>().Any(r => ((string?)r["text"])?.Length > 0 || r["attachments"] is JsonArray);
}
