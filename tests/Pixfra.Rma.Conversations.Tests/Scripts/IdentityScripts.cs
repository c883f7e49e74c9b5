using Pixfra.Rma.Conversations.Support;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

public sealed class IdentityScripts : RmaScriptBase
{
    [Fact]
    public async Task P1_KnownDistributor_GetsTheMenuOnInstall()
    {
        var chat = ChatAs(RmaWorld.Alex);

        await chat.OpenAsync();

        Assert.Equal("welcome", chat.LastCard!.TemplateName);
        Assert.Contains("Contoso Thermal Ltd", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P1_UnknownUser_IsAskedDistributorOrEndUser_AndCannotStartAnRma()
    {
        var chat = ChatAs(RmaWorld.Stranger);

        await chat.SayAsync("new rma");

        Assert.Equal("identity-question", chat.LastCard!.TemplateName);
        Assert.Empty((await World.Cases.ListByDistributorAsync("contoso", new(10), TestContext.Current.CancellationToken)).Items);
    }

    [Fact]
    public async Task P2_EndUser_IsSentToTheSellerWithWhatToBring_AndNeverGetsAnRma()
    {
        var chat = ChatAs(RmaWorld.Stranger);
        await chat.OpenAsync();

        await chat.ClickAsync("identity.endUser");
        Assert.Equal("end-user", chat.LastCard!.TemplateName);
        Assert.Contains("serial number", chat.Texts, StringComparison.OrdinalIgnoreCase);

        await chat.SayAsync("new rma");
        Assert.Equal("end-user", chat.LastCard!.TemplateName);
    }

    [Fact]
    public async Task P1_SelfDeclaredDistributor_IsToldHowToRegister_AndStaffGetTheRequest()
    {
        var chat = ChatAs(RmaWorld.Stranger);
        await chat.OpenAsync();

        await chat.ClickAsync("identity.distributor");

        Assert.Equal("registration", chat.LastCard!.TemplateName);
        var request = Assert.Single(await World.SupportRequests.ListRecentAsync(10, TestContext.Current.CancellationToken));
        Assert.Equal(SupportRequestKind.Registration, request.Kind);
        Assert.Equal("aad-stranger", request.AadObjectId);
        Assert.Contains(request.Id, chat.Texts, StringComparison.Ordinal);

        await chat.SayAsync("new rma");
        Assert.Contains("registration request", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task P1_ValidInviteCode_LinksTheUserToTheDistributor_ForGood()
    {
        var chat = ChatAs(RmaWorld.Stranger);
        await chat.OpenAsync();

        await chat.ClickAsync("identity.distributor", ("inviteCode", RmaWorld.InviteCode));

        Assert.Equal("welcome", chat.LastCard!.TemplateName);
        var another = ChatAs(RmaWorld.Stranger, "personal-2");
        await another.SayAsync("my rmas");
        Assert.Equal("rma-list", another.LastCard!.TemplateName);
    }

    [Fact]
    public async Task P1_WrongInviteCode_IsRefused_AndTheQuestionStays()
    {
        var chat = ChatAs(RmaWorld.Stranger);
        await chat.OpenAsync();

        await chat.ClickAsync("identity.distributor", ("inviteCode", "GUESS"));

        Assert.Equal("identity-question", chat.LastCard!.TemplateName);
        Assert.Contains("not valid", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_AreRecognisedAsStaff()
    {
        var chat = ChatAs(RmaWorld.Staff);

        await chat.OpenAsync();

        Assert.Contains("Pixfra support staff", chat.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Languages_ChineseLocale_GetsChineseTexts_AndChineseCommandsWork()
    {
        var chat = ChatAs(RmaWorld.Alex, locale: "zh-CN");

        await chat.SayAsync("新建RMA");

        Assert.Equal("checklist-item", chat.LastCard!.TemplateName);
        Assert.Contains("备份", chat.Texts, StringComparison.Ordinal);
    }
}

public sealed class GroupChatScripts : RmaScriptBase
{
    [Fact]
    public async Task P1_InAGroupChat_EachPersonIsLookedUpInTheirOwnRight_AndNoOneInheritsAnotherOrganisationsDraft()
    {
        var alex = ChatAs(RmaWorld.Alex, "group-1");
        var megan = ChatAs(RmaWorld.Megan, "group-1");
        var stranger = ChatAs(RmaWorld.Stranger, "group-1");
        await StartRmaAsync(alex);
        await AddUnitAsync(alex, "PX384A1B2C3D");
        await ReviewAsync(alex, sendEvidence: true);
        var review = alex.LastCard!;

        await stranger.SayAsync("my rmas");
        Assert.Equal("identity-question", stranger.LastCard!.TemplateName);

        await megan.ClickOnAsync(review, "rma.confirm");
        Assert.Contains("earlier step", megan.Texts, StringComparison.Ordinal);
        Assert.Empty((await World.Cases.ListByDistributorAsync("contoso", new(10), TestContext.Current.CancellationToken)).Items);
        Assert.Empty((await World.Cases.ListByDistributorAsync("fabrikam", new(10), TestContext.Current.CancellationToken)).Items);
    }
}
