using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>What users type may hold personal data: it never reaches the logs production keeps.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class LoggingTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task BotLogs_AtInformationAndAbove_NeverContainWhatTheUserTyped()
    {
        var ct = TestContext.Current.CancellationToken;
        var secret = $"serial-{Nonce.Next()}";
        var since = fixture.Client.Mark();

        await fixture.Client.SendTextAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, $"my camera {secret} is broken", ct);
        await fixture.Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Cards.Count > 0, "the menu after a message the bot did not understand", ct);

        // The reply leaves before the turn's closing log line is written: wait for that line.
        var lines = fixture.Bot.Logs.Lines;
        for (var i = 0; i < 100 && !lines.Any(line => line.Contains("Turn finished: message", StringComparison.Ordinal)); i++)
        {
            await Task.Delay(100, ct);
            lines = fixture.Bot.Logs.Lines;
        }

        Assert.Contains(lines, line => line.Contains("Turn finished: message", StringComparison.Ordinal)); // the turns are logged…
        Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal)); // …without their text
    }
}
