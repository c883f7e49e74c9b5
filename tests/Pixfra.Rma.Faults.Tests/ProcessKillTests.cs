using System.Text.RegularExpressions;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>
/// Issue 11: the bot process is killed (SIGKILL) in the middle of conversations and started again on the same
/// SQLite file: every conversation resumes where it was, and no issued RMA number is lost or issued twice.
/// </summary>
public sealed partial class ProcessKillTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledMidConversation_AndMidConfirm_TheConversationsResume_AndEachRmaIsIssuedOnce()
    {
        var storage = Directory.CreateTempSubdirectory("pixfra-kill-").FullName;
        await using var files = await FileHost.StartAsync();
        using var http = new HttpClient();

        // Before the kill: one RMA issued, one conversation at the units form with a unit added, one at the review
        // whose confirmation is in flight when the process dies.
        var port = FreePort.Next();
        string issued;
        System.Text.Json.Nodes.JsonObject confirmInFlight;
        var drafting = new ExpectRepliesChat(http, BaseAddressOf(port), "a:kill-drafting");
        var confirming = new ExpectRepliesChat(http, BaseAddressOf(port), "a:kill-confirming");
        await using (var bot = await BotProcess.StartAsync(storage, port, Ct))
        {
            var done = new ExpectRepliesChat(http, bot.Messages, "a:kill-done");
            await RmaScript.ToUnitsFormAsync(done, Ct);
            await RmaScript.AddUnitAsync(done, "PX384DEMO001", Ct);
            issued = await RmaScript.PhotosAndConfirmAsync(done, files, 21, Ct);

            await RmaScript.ToUnitsFormAsync(drafting, Ct);
            await RmaScript.AddUnitAsync(drafting, "PX384FLT0001", Ct);

            await RmaScript.ToUnitsFormAsync(confirming, Ct);
            await RmaScript.AddUnitAsync(confirming, "PX384DEMO002", Ct);
            await confirming.ClickAsync("lines.done", "Now send: Label photo of unit 1", Ct);
            await confirming.SendFilesAsync(files, "Now send: Overall photo of unit 1", Ct, ("label.jpg", EvidenceSamples.Photo(31)));
            await confirming.SendFilesAsync(files, "Everything needed is here", Ct, ("unit.jpg", EvidenceSamples.Photo(32)));
            await confirming.ClickAsync("evidence.done", "Warranty check", Ct);
            confirmInFlight = confirming.Click("rma.confirm");
            var inFlight = confirming.PostAsync(confirmInFlight, Ct);
            await bot.KillAsync();
            try
            {
                await inFlight; // the turn may have finished before the kill: the checks below hold either way
            }
            catch (HttpRequestException)
            {
                // killed mid-turn: the channel got no answer and re-sends below
            }
        }

        await using (var bot = await BotProcess.StartAsync(storage, port, Ct))
        {
            // The channel re-sends the confirmation it got no answer to: it issues the number now, or it had
            // already been issued before the kill (then this is a duplicate and runs nothing).
            await confirming.PostAsync(confirmInFlight, Ct);

            // The draft is still there: its unit (unknown to the registry, so no photos asked) goes on to the review.
            var review = await drafting.ClickAsync("lines.done", "Warranty check", Ct);
            Assert.Contains("1 · PX384FLT0001 · SAMPLE-TC384", CardActions.AllText(review), StringComparison.Ordinal);

            var list = CardActions.AllText(await new ExpectRepliesChat(http, bot.Messages, "a:kill-done").SayAsync("my rmas", "RMA-", Ct));
            var listed = RmaNumber().Matches(list).Select(m => m.Value).ToArray();
            Assert.Equal(listed.Distinct(), listed);
            Assert.Contains(issued, listed);
            Assert.Equal(2, listed.Length);
        }
    }

    private static Uri BaseAddressOf(int port) => new($"http://127.0.0.1:{port}/api/messages");

    [GeneratedRegex("RMA-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex RmaNumber();
}
