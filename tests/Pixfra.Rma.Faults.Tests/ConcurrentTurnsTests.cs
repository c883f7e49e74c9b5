using Pixfra.Rma.Faults.Tests.Driver;
using Pixfra.Rma.Faults.Tests.Hosting;

namespace Pixfra.Rma.Faults.Tests;

/// <summary>Issue 11: many turns of one conversation at once (double clicks, several people in a chat) lose no update.</summary>
public sealed class ConcurrentTurnsTests
{
    private const int Turns = 50;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FiftyUnitSubmitsAtOnce_OnOneConversation_AreAllRecorded()
    {
        await using var host = new DevelopmentHost();
        var chat = new ExpectRepliesChat(host.CreateClient(), host.Messages, "a:concurrent-units");
        await RmaScript.ToUnitsFormAsync(chat, Ct);
        var serials = Enumerable.Range(1, Turns).Select(i => $"PX384FLT{i:D4}").ToArray();
        var submits = serials.Select(sn => chat.Click("line.add", RmaScript.Unit(sn, "SAMPLE-TC384"))).ToArray();

        var answers = await Task.WhenAll(submits.Select(submit => chat.PostAsync(submit, Ct)));

        // Turns of one conversation run one after another, so the turn that ran last answers with every unit.
        Assert.All(answers, Assert.NotEmpty);
        var unitsShown = answers.Select(a => ExpectRepliesChat.Cards(a).Select(CardActions.AllText).LastOrDefault() ?? string.Empty)
            .Select(text => serials.Count(sn => text.Contains(sn, StringComparison.Ordinal)))
            .ToArray();
        Assert.Equal(Turns, unitsShown.Max());
        Assert.Equal(Enumerable.Range(1, Turns), unitsShown.Order());
    }
}
