using NodaTime;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

public sealed class MyRmasScripts : RmaScriptBase
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MyRmas_ListsOwnOrganisationsRmas_Paged()
    {
        var alex = ChatAs(RmaWorld.Alex);
        var numbers = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            await StartRmaAsync(alex);
            await AddUnitAsync(alex, $"PX384UNIT00{i}");
            numbers.Add(await ConfirmAsync(alex));
            World.Clock.Advance(Duration.FromMinutes(1));
        }

        await alex.SayAsync("my rmas");
        Assert.Equal("rma-list", alex.LastCard!.TemplateName);
        var firstPage = alex.Texts;
        await alex.ClickAsync("rma.list");
        var secondPage = alex.Texts;

        Assert.All(numbers, n => Assert.True(firstPage.Contains(n, StringComparison.Ordinal) ^ secondPage.Contains(n, StringComparison.Ordinal), n));
        Assert.Contains(numbers[^1], firstPage, StringComparison.Ordinal);
        Assert.Contains("days left", firstPage, StringComparison.Ordinal);

        var megan = ChatAs(RmaWorld.Megan, "personal-megan");
        await megan.SayAsync("my rmas");
        Assert.Contains("There are no RMAs yet", megan.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_OfAnotherOrganisationsRma_AnswersLikeANumberThatDoesNotExist()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);

        var megan = ChatAs(RmaWorld.Megan, "personal-megan");
        await megan.SayAsync($"status {number}");
        Assert.Contains($"No RMA {number} was found", megan.Texts, StringComparison.Ordinal);

        await megan.RefreshAsync(number);
        Assert.Null(megan.Last.InvokeCard);
    }

    [Fact]
    public async Task Status_MistypedNumber_IsRejectedByTheCheckSymbol()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);
        var typo = number[..^1] + (number[^1] == '7' ? '8' : '7');

        await alex.SayAsync($"status {typo}");

        Assert.Contains("is not an RMA number", alex.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P12_Refresh_ShowsTheCountdownAsOfNow()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);

        World.Clock.Advance(Duration.FromDays(8));
        await alex.RefreshAsync(number);

        Assert.Contains("22 days left, until 31 Dec 2026", alex.Last.InvokeCard!.FallbackText, StringComparison.Ordinal);

        World.Clock.Reset(Instant.FromUtc(2026, 12, 31, 15, 59, 59));
        await alex.RefreshAsync(number);
        Assert.Contains("Last day today", alex.Last.InvokeCard!.FallbackText, StringComparison.Ordinal);

        World.Clock.Reset(Instant.FromUtc(2026, 12, 31, 16, 0, 0));
        await alex.RefreshAsync(number);
        Assert.Contains("Expired: the last day was 31 Dec 2026", alex.Last.InvokeCard!.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P12_Reissue_OnlyAfterExpiry_NewNumberNewWindow_OldOneSuperseded()
    {
        var alex = ChatAs(RmaWorld.Alex);
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        var number = await ConfirmAsync(alex);

        await alex.SayAsync($"reissue {number}");
        Assert.Contains("still valid until 31 Dec 2026", alex.Texts, StringComparison.Ordinal);

        World.Clock.Reset(Instant.FromUtc(2027, 1, 5, 2, 0));
        await alex.SayAsync($"status {number}");
        await alex.ClickAsync("rma.reissue");

        var old = (await World.Cases.GetAsync(RmaNumber.Parse(number), Ct))!.Value;
        Assert.Equal(RmaStatus.Superseded, old.Status);
        var fresh = (await World.Cases.GetAsync(old.SupersededBy!.Value, Ct))!.Value;
        Assert.Equal(RmaStatus.Authorized, fresh.Status);
        Assert.Equal(RmaNumber.Parse(number), fresh.Supersedes);
        Assert.Equal(alex.Key.ConversationId, fresh.RaisedIn!.ConversationId);
        Assert.Equal(new LocalDate(2027, 2, 4), fresh.Validity!.LastDay);
        Assert.Equal(old.Lines.Select(l => l.SerialNumber), fresh.Lines.Select(l => l.SerialNumber));
        Assert.Contains("30 days left, until 4 Feb 2027", alex.Texts, StringComparison.Ordinal);

        await alex.SayAsync($"reissue {number}");
        Assert.Contains($"already reissued as {fresh.Number}", alex.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warranty_LookUpWithoutAnRma_UsesTheRegistry()
    {
        var alex = ChatAs(RmaWorld.Alex);

        await alex.SayAsync("warranty AB12345678");
        Assert.Contains("does not match a model", alex.Texts, StringComparison.Ordinal);

        await alex.SayAsync("warranty PX384NODATE1");
        Assert.Contains("Pixfra support will review", alex.Texts, StringComparison.Ordinal);
        Assert.NotNull(CardButtons.Find(alex.LastCard!, "support"));
    }
}
