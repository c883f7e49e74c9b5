using System.Text.Json;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// The Playground's own web UI in headless Chromium, as a person uses it: the menu, a checklist button clicked,
/// and the RMA number card with its countdown. Leaves a screenshot in tests/Pixfra.Rma.EndToEnd.Tests/TestResults/e2e/.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class WebChatBrowserTests(EndToEndFixture fixture)
{
    public static string ScreenshotFolder => RepositoryPaths.InRoot("tests", "Pixfra.Rma.EndToEnd.Tests", "TestResults", "e2e");

    [Fact]
    public async Task WebUi_MenuChecklistAndTheRmaNumberCard_AreShownAndClickable()
    {
        var ct = TestContext.Current.CancellationToken;
        var number = await IssueRmaAsync(ct);
        Directory.CreateDirectory(ScreenshotFolder);
        var screenshot = Path.Combine(ScreenshotFolder, "rma-number-card.png");
        File.Delete(screenshot);
        var options = JsonSerializer.Serialize(new
        {
            url = fixture.Playground.BaseAddress.ToString(),
            screenshot,
            steps = new object[]
            {
                new { send = "help", expect = "Contoso Thermal Ltd (demo)" },
                new { send = "new rma", expect = "Back up programs and data" },
                new { click = "I have backed up the data", expect = "Delete private information" },
                new { send = "help", expect = "Contoso Thermal Ltd (demo)" },
                new { send = $"status {number}", expect = "days left" },
            },
        });

        var output = await NodeScript.RunAsync(Path.Combine(PlaygroundProcess.PackageFolder, "web-chat.mjs"), [options], ct);

        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        Assert.Equal(5, result.RootElement.GetProperty("seen").GetArrayLength());
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is an actual picture of the chat");
        TestContext.Current.AddAttachment("rma-number-card.png", await File.ReadAllBytesAsync(screenshot, ct), "image/png");
    }

    private async Task<string> IssueRmaAsync(CancellationToken ct)
    {
        var chat = new RmaConversation(fixture.Client);
        await chat.StartRmaAsync(ct);
        await chat.AddUnitAsync("PX384DEMO002", "SAMPLE-TC384", invoiceDate: string.Empty, ct, fault: "Shutter stuck", noSubstitute: true);
        await chat.SendEvidenceForOneUnitAsync(fixture.Files, photoSeed: 201, invoice: false, ct);
        var card = await chat.ClickAsync("rma.confirm", "days left", ct);
        return (string)card.Cards[0]["refresh"]!["action"]!["data"]!["rma"]!;
    }
}
