using System.Text.Json.Nodes;
using NodaTime;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// Issue 5 end to end: a distributor in the Agents Playground goes from the menu to an RMA number for two
/// units, sees it in "my RMAs", refreshes the card after time passed, and reissues it after it expired.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class FullRmaTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task Distributor_GetsAnRmaNumberForTwoUnits_SeesItListed_RefreshesIt_AndReissuesItAfterExpiry()
    {
        var ct = TestContext.Current.CancellationToken;
        var chat = new RmaConversation(fixture.Client);

        await chat.SayAsync("help", "Contoso Thermal Ltd (demo)", ct);
        await chat.StartRmaAsync(ct);

        await chat.AddUnitAsync("PX384DEMO001", "SAMPLE-TC384", invoiceDate: string.Empty, ct);
        await chat.AddUnitAsync("PX640E2E0001", "SAMPLE-TC640", invoiceDate: "2025-09-01", ct);
        // P10, P13: photos and documents. The first arrives alone and goes where it was asked for; the rest come
        // together (a file and pasted pictures) and are placed on the card, in the order suggested.
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1 (PX384DEMO001)", ct);
        await chat.SendFilesAsync(fixture.Files, "Now send: Overall photo of unit 1", ct, ("label-1.jpg", EvidenceSamples.Photo(101), false));
        await chat.SendFilesAsync(fixture.Files, "What are these files?", ct,
            ("unit-1.jpg", EvidenceSamples.Photo(102), true),
            ("label-2.png", EvidenceSamples.Photo(103, png: true), false),
            ("unit-2.jpg", EvidenceSamples.Photo(104), true),
            ("invoice.pdf", EvidenceSamples.InvoicePdf(), false));
        var evidence = await chat.ClickAsync("evidence.assign", "Everything needed is here", ct);
        Assert.Contains("invoice.pdf", CardActions.AllText(evidence.Cards[0]), StringComparison.Ordinal);
        var review = await chat.ClickAsync("evidence.done", "Warranty check", ct);
        Assert.Contains("label-2.png", CardActions.AllText(review.Cards[0]), StringComparison.Ordinal);
        var reviewText = CardActions.AllText(review.Cards[0]);
        Assert.Contains("the day the unit left Pixfra manufacturing", reviewText, StringComparison.Ordinal);
        Assert.Contains("2 of 2 units are under warranty", reviewText, StringComparison.Ordinal);

        var numberCard = await chat.ClickAsync("rma.confirm", "30 days left", ct);
        var numberText = CardActions.AllText(numberCard.Cards[0]);
        var number = (string)numberCard.Cards[0]["refresh"]!["action"]!["data"]!["rma"]!;
        Assert.Contains(number, numberText, StringComparison.Ordinal);
        Assert.Contains("Pixfra EU Repair Centre (demo)", CardActions.AllText(numberCard.Cards[0]) + numberCard.Cards[0].ToJsonString(), StringComparison.Ordinal);

        // The files were stored, listed on the case, and open through the short-lived links the owner is given.
        var files = await chat.ClickAsync("rma.files", "Photos and documents", ct);
        var links = CardActions.OpenUrls(files.Cards[0]);
        Assert.Equal(5, links.Count);
        using (var http = new HttpClient())
        {
            var pdf = await http.GetByteArrayAsync(links.Single(l => l.Query.Contains("application%2Fpdf", StringComparison.Ordinal)), ct);
            Assert.Equal(EvidenceSamples.InvoicePdf(), pdf);
        }

        var list = await chat.SayAsync("my rmas", number, ct);
        Assert.Contains("days left", CardActions.AllText(list.Cards[0]), StringComparison.Ordinal);

        // Ten days later the card, reopened, refreshes itself in place (Action.Execute).
        fixture.Bot.Clock.Advance(Duration.FromDays(10));
        var refreshed = await chat.ExecuteAsync(numberCard, "rma.refresh", new JsonObject { ["rma"] = number }, ct);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)refreshed["type"]);
        Assert.Contains("20 days left", CardActions.AllText((JsonObject)refreshed["value"]!), StringComparison.Ordinal);

        // After the window: the number is dead and is reissued in one click.
        fixture.Bot.Clock.Advance(Duration.FromDays(25));
        var expired = await chat.SayAsync($"status {number}", "Expired", ct);
        var reissued = await chat.ClickAsync("rma.reissue", "30 days left", ct);
        var newNumber = (string)reissued.Cards[0]["refresh"]!["action"]!["data"]!["rma"]!;
        Assert.NotEqual(number, newNumber);
        Assert.NotNull(expired);
    }
}
