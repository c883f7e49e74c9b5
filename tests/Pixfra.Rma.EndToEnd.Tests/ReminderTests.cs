using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.EndToEnd.Tests.Harness;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>
/// Issue 8 end to end: the host's reminder service, on its own schedule, sends the "7 days left" reminder card to the
/// personal chat the number was issued in, through the real connector path to the Playground.
/// </summary>
[Collection(EndToEndSuite.Name)]
public sealed class ReminderTests(EndToEndFixture fixture)
{
    [Fact]
    public async Task SevenDaysBeforeTheLastDay_TheReminderCardReachesThePersonalChat()
    {
        var ct = TestContext.Current.CancellationToken;
        var chat = new RmaConversation(fixture.Client);
        await chat.SayAsync("help", "Contoso Thermal Ltd (demo)", ct);
        await chat.StartRmaAsync(ct);
        await chat.AddUnitAsync("PX640REMIND1", "SAMPLE-TC640", invoiceDate: "2025-09-01", ct, fault: "Shutter stuck");
        await chat.SendEvidenceForOneUnitAsync(fixture.Files, photoSeed: 301, invoice: true, ct);
        var numberCard = await chat.ClickAsync("rma.confirm", "30 days left", ct);
        var number = (string)numberCard.Cards[0]["refresh"]!["action"]!["data"]!["rma"]!;

        var since = fixture.Client.Mark();
        fixture.Bot.Clock.Advance(Duration.FromDays(23));

        var reminder = await fixture.Client.WaitForBotMessageAsync(
            PlaygroundUsers.PersonalChatId,
            since,
            e => e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains($"7 days left on {number}", StringComparison.Ordinal),
            $"7-day reminder for {number}",
            ct);
        var text = CardActions.AllText(reminder.Cards[0]);
        Assert.Contains("PX640REMIND1", text, StringComparison.Ordinal);
        Assert.Equal(PlaygroundUsers.BotId, reminder.FromId);

        // Its button is the next step: the RMA card with the countdown.
        var clicked = fixture.Client.Mark();
        await fixture.Client.SubmitAsync(PlaygroundUsers.PersonalChatId, PlaygroundUsers.CurrentUserId, reminder.MessageId!, CardActions.Submit(reminder.Cards[0], "rma.status"), ct);
        var card = await fixture.Client.WaitForBotMessageAsync(
            PlaygroundUsers.PersonalChatId,
            clicked,
            e => e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains("Your RMA number", StringComparison.Ordinal),
            "the RMA card after the reminder's button",
            ct);
        Assert.Contains("7 days left", CardActions.AllText(card.Cards[0]), StringComparison.Ordinal);

        // Ship it, so the suite's later clock moves send nothing more about it.
        var cases = fixture.Bot.Services.GetRequiredService<IRmaCaseStore>();
        var stored = (await cases.GetAsync(RmaNumber.Parse(number), ct))!;
        await cases.SaveAsync(stored.Value.MoveTo(RmaStatus.InTransit, fixture.Bot.Clock.GetCurrentInstant(), Actor.System), stored.ETag, ct);
    }
}
