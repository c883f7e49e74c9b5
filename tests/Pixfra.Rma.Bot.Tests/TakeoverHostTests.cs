using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>The host's side of staff takeover: settings, and delivery that never fails a turn.</summary>
public sealed class TakeoverHostTests
{
    [Fact]
    public async Task StaffChannelWithoutItsChannelId_StopsTheHostAtStart()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Support:StaffChannel:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
        });

        var error = Record.Exception(() => host.CreateClient());

        Assert.Contains("Support:StaffChannel:ConversationId", (error?.GetBaseException() as OptionsValidationException)?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delivery_ToAnUnknownChat_OrWithoutAStaffChannel_IsLogged_AndDoesNotFailTheTurn()
    {
        await using var host = BotHostFactory.AuthenticationOff();
        using var client = host.CreateClient();
        var delivery = host.Services.GetRequiredService<OutboundDelivery>();

        var deliver = () => delivery.DeliverAsync(
            [OutboundMessage.Send(new ConversationKey("msteams", "a:never-seen"), Reply.OfText("hello")), OutboundMessage.StartThread("H-missing", Reply.OfText("card"))],
            TestContext.Current.CancellationToken);

        Assert.Null(await Record.ExceptionAsync(deliver));
    }
}
