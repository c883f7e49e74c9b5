using System.Text.Json.Nodes;
using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>Clicks on the bot's test card: Action.Submit arrives as a message with a value, Action.Execute as an invoke.</summary>
[Collection(EndToEndSuite.Name)]
public sealed class CardActionTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task ActionSubmit_AcknowledgeButton_IsAnsweredWithAMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        var card = await TestCardAsync(ct);
        var since = Client.Mark();

        await Client.SubmitAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, card.MessageId!, new JsonObject { ["verb"] = "demo.acknowledge" }, ct);

        await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Text == "Got your click: demo.acknowledge", "acknowledgement", ct);
    }

    [Fact]
    public async Task ActionExecute_CountButton_ReplacesTheCardWithTheNextCount()
    {
        var ct = TestContext.Current.CancellationToken;
        var card = await TestCardAsync(ct);

        var first = await Client.ExecuteAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, card.MessageId!, "demo.count", new JsonObject { ["count"] = 0 }, ct);
        var second = await Client.ExecuteAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, card.MessageId!, "demo.count", ExecuteData(first), ct);

        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]?.GetValue<string>());
        Assert.Contains("Count: 1.", first["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Count: 2.", second["value"]!.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The data of the replacement card's Action.Execute, as the client would send on the next click.</summary>
    private static JsonObject ExecuteData(JsonObject invokeResponse) =>
        (JsonObject)invokeResponse["value"]!["actions"]!.AsArray()
            .First(a => a?["type"]?.GetValue<string>() == "Action.Execute")!["data"]!.DeepClone();

    private async Task<PlaygroundEvent> TestCardAsync(CancellationToken ct)
    {
        var text = $"card please {Nonce.Next()}";
        var since = Client.Mark();
        await Client.SendTextAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, text, ct);
        var echo = await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Text == $"You said: {text}", "echo", ct);
        return await Client.WaitForCardAfterAsync(echo, ct);
    }
}
