using System.Text.Json;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// The Playground's own web UI in headless Chromium, as a person uses it: the welcome card on opening the
/// chat, a typed message echoed, the test card's Count button updating the card in place. Leaves a
/// screenshot in tests/Pixfra.Rma.EndToEnd.Tests/TestResults/e2e/.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class WebChatBrowserTests(EndToEndFixture fixture)
{
    public static string ScreenshotFolder => RepositoryPaths.InRoot("tests", "Pixfra.Rma.EndToEnd.Tests", "TestResults", "e2e");

    [Fact]
    public async Task WebUi_OpenTypeAndClick_ShowsWelcomeEchoAndTheCardUpdatedInPlace()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var screenshot = Path.Combine(ScreenshotFolder, "web-chat.png");
        File.Delete(screenshot);
        var text = $"hello from the browser {Nonce.Next()}";
        var options = JsonSerializer.Serialize(new
        {
            url = fixture.Playground.BaseAddress.ToString(),
            screenshot,
            welcomeText = "Pixfra RMA assistant",
            send = text,
            expectReply = $"You said: {text}",
            executeButton = "Count",
            expectReplacedText = "Count: 1.",
        });

        var output = await NodeScript.RunAsync(Path.Combine(PlaygroundProcess.PackageFolder, "web-chat.mjs"), [options], TestContext.Current.CancellationToken);

        using var result = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        Assert.Equal(["welcome card", "echo", "card replaced in place"], result.RootElement.GetProperty("seen").EnumerateArray().Select(e => e.GetString()));
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is an actual picture of the chat");
        TestContext.Current.AddAttachment("web-chat.png", await File.ReadAllBytesAsync(screenshot, TestContext.Current.CancellationToken), "image/png");
    }
}
