using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// A message the bot starts itself (an expiry reminder, a staff reply) reaches the user's personal chat,
/// sent the way background work will: through the host's proactive messenger and the stored reference.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class ProactiveMessageTests(EndToEndFixture fixture)
{
    private PlaygroundClient Client => fixture.Client;

    [Fact]
    public async Task Proactive_ToAPersonalChatTheBotHasSeen_ArrivesInThatChat()
    {
        var ct = TestContext.Current.CancellationToken;
        await new RmaConversation(Client).SayAsync("help", "Contoso Thermal Ltd (demo)", ct);
        var reminder = $"Your RMA expires soon {Nonce.Next()}";
        var since = Client.Mark();

        var messenger = fixture.Bot.Services.GetRequiredService<IProactiveMessenger>();
        await messenger.SendAsync(new ConversationKey("msteams", PlaygroundUsers.PersonalChatId), new Activity { Type = ActivityTypes.Message, Text = reminder }, ct);

        var arrived = await Client.WaitForBotMessageAsync(PlaygroundUsers.PersonalChatId, since, e => e.Text == reminder, "proactive message", ct);
        Assert.Equal(PlaygroundUsers.BotId, arrived.FromId);
    }
}
