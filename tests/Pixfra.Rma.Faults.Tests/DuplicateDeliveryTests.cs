using System.Text.RegularExpressions;
using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>Issue 11: the channel re-sends an activity (Teams does after 15 s without an answer); it runs once.</summary>
public sealed partial class DuplicateDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheSameConfirmDeliveredThreeTimes_IssuesOneRmaNumber()
    {
        await using var host = new DevelopmentHost();
        await using var files = await FileHost.StartAsync();
        var chat = new ExpectRepliesChat(host.CreateClient(), host.Messages, "a:duplicate-confirm");
        await RmaScript.ToUnitsFormAsync(chat, Ct);
        await RmaScript.AddUnitAsync(chat, "PX384DEMO001", Ct);
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", Ct);
        await chat.SendFilesAsync(files, "Now send: Overall photo of unit 1", Ct, ("label.jpg", Pixfra.Rma.Testing.Evidence.EvidenceSamples.Photo(11)));
        await chat.SendFilesAsync(files, "Everything needed is here", Ct, ("unit.jpg", Pixfra.Rma.Testing.Evidence.EvidenceSamples.Photo(12)));
        await chat.ClickAsync("evidence.done", "Warranty check", Ct);

        var confirm = chat.Click("rma.confirm");
        var answers = new List<IReadOnlyList<System.Text.Json.Nodes.JsonObject>>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await chat.PostAsync(confirm, Ct));
        }

        Assert.NotEmpty(answers[0]);
        Assert.Empty(answers[1]);
        Assert.Empty(answers[2]);
        var list = await chat.SayAsync("my rmas", "RMA-", Ct);
        Assert.Single(RmaNumber().Matches(CardActions.AllText(list)).Select(m => m.Value).Distinct());
    }

    [Fact]
    public async Task TheSameUnitSubmitDeliveredThreeTimes_AddsOneUnit()
    {
        await using var host = new DevelopmentHost();
        var chat = new ExpectRepliesChat(host.CreateClient(), host.Messages, "a:duplicate-line");
        await RmaScript.ToUnitsFormAsync(chat, Ct);

        var add = chat.Click("line.add", RmaScript.Unit("PX384DEMO001", "SAMPLE-TC384"));
        var replies = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add((await chat.PostAsync(add, Ct)).Count);
        }

        Assert.Equal([1, 0, 0], replies.Select(r => Math.Min(r, 1)));
        var units = await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", Ct);
        Assert.DoesNotContain("unit 2", CardActions.AllText(units), StringComparison.Ordinal);
    }

    [GeneratedRegex("RMA-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex RmaNumber();
}
