using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Cards.Tests.Rendering;

public sealed class PlainTextFallbackTests
{
    [Fact]
    public void From_RmaNumberCard_ListsNumberCountdownLinesStationAndButtons()
    {
        var card = CardRenderer.Render(
            new RmaNumberCard(
                "PX-4K7Q-9XT2-M",
                "22 days left, until 23 Dec 2026",
                IsExpired: false,
                [new RmaNumberCardLine("PF2023A00017", "in warranty")],
                new RepairStationView("Pixfra EU Repair Centre", "Berlin")),
            BotCulture.English);

        Assert.Equal(
            """
            Your RMA number
            PX-4K7Q-9XT2-M
            22 days left, until 23 Dec 2026
            Products
            - PF2023A00017: in warranty
            Ship the products to
            Pixfra EU Repair Centre
            Berlin
            A replacement is a good product, not necessarily a new one. If the model is out of stock, one of the same specification may be used unless you marked a product "no substitute".
            [ My RMAs ]
            """,
            card.FallbackText);
    }

    [Fact]
    public void From_CardWithEscapedUserText_ShowsTheTextAsTyped()
    {
        var card = CardRenderer.Render(
            new WelcomeCard("Hi **Bob** [x](y)", [new CommandHelp("help", "a_b")]),
            BotCulture.English);

        Assert.Contains("Hi **Bob** [x](y)", card.FallbackText, StringComparison.Ordinal);
        Assert.Contains("- help: a_b", card.FallbackText, StringComparison.Ordinal);
    }
}
