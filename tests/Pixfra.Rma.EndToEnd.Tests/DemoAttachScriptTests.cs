using System.Diagnostics;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// The Playground's web UI cannot upload files, so README's walk-through sends the sample photos with
/// scripts/attach.mjs. This runs that script against the suite's Playground, as a person trying the bot would.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class DemoAttachScriptTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task TheAttachScript_SendsTheSampleFiles_AndTheBotPlacesThem()
    {
        var ct = TestContext.Current.CancellationToken;
        var chat = new RmaConversation(fixture.Client);
        await chat.StartRmaAsync(ct);
        await chat.AddUnitAsync("PX640ATTACH1", "SAMPLE-TC640", invoiceDate: "2025-09-01", ct);
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        var since = fixture.Client.Mark();

        var folder = RepositoryPaths.InRoot("scripts", "demo-files");
        var output = await RunAsync(
            RepositoryPaths.InRoot("scripts", "attach.mjs"),
            [$"--playground={fixture.Playground.BaseAddress}", Path.Combine(folder, "label-1.jpg"), Path.Combine(folder, "unit-1.jpg"), Path.Combine(folder, "invoice.pdf")],
            ct);

        Assert.Contains("Sent 3 file(s) as Alex Wilber", output, StringComparison.Ordinal);
        var assign = await fixture.Client.WaitForBotMessageAsync(
            PlaygroundUsers.PersonalChatId, since, e => e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains("What are these files?", StringComparison.Ordinal), "the card placing the sent files", ct);
        var placed = await chat.ClickOnAsync(assign, "evidence.assign", "Everything needed is here", ct);
        Assert.Contains("invoice.pdf", CardActions.AllText(placed.Cards[0]), StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string script, IEnumerable<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"attach.mjs exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
