using System.Text.Json.Nodes;
using Pixfra.Rma.Bot.Demo;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Bot.Tests;

public sealed class Demo_WelcomeAndEchoRepliesTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "Pixfra RMA" };
    private static readonly ChannelAccount User = new() { Id = "29:user", Name = "Alex" };

    private static Activity Incoming(string type) => new()
    {
        Type = type,
        Id = "activity-1",
        ChannelId = "msteams",
        ServiceUrl = "http://127.0.0.1:9/_connector",
        Conversation = new ConversationAccount { Id = "a:chat" },
        From = User,
        Recipient = Bot,
        Locale = "en-US",
    };

    public static TheoryData<Activity, bool> WelcomeCases => new()
    {
        { Incoming(ActivityTypes.InstallationUpdate) with { Action = "add" }, true },
        { Incoming(ActivityTypes.InstallationUpdate) with { Action = "remove" }, false },
        { Incoming(ActivityTypes.ConversationUpdate) with { MembersAdded = [User, Bot] }, false }, // the installation already welcomed
        { Incoming(ActivityTypes.ConversationUpdate) with { MembersAdded = [User] }, true },
        { Incoming(ActivityTypes.ConversationUpdate) with { MembersRemoved = [User] }, false },
        { Incoming(ActivityTypes.Message) with { Text = "hi" }, false },
    };

    [Theory]
    [MemberData(nameof(WelcomeCases))]
    public void ShouldWelcome_InstallOrPeopleJoining_WelcomesOnce(Activity activity, bool expected) =>
        Assert.Equal(expected, WelcomeAndEchoReplies.ShouldWelcome(activity));

    [Theory]
    [InlineData("en-US", "Pixfra RMA assistant")]
    [InlineData("zh-CN", "Pixfra RMA 助手")]
    public void Welcome_InTheUsersLanguage_SendsTheWelcomeCard(string locale, string title)
    {
        var reply = WelcomeAndEchoReplies.Welcome(Incoming(ActivityTypes.InstallationUpdate) with { Locale = locale });

        var card = Assert.Single(reply.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, card.ContentType);
        Assert.Equal(title, card.Content!["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("a:chat", reply.Conversation!.Id);
        Assert.Equal(Bot.Id, reply.From!.Id);
    }

    [Theory]
    [InlineData("en-US", "hello", "You said: hello")]
    [InlineData("zh-CN", "你好", "您说：你好")]
    public void Echo_Text_RepeatsItWithTheTestCard(string locale, string text, string expected)
    {
        var reply = WelcomeAndEchoReplies.Echo(Incoming(ActivityTypes.Message) with { Locale = locale, Text = text }, text);

        Assert.Equal(expected, reply.Text);
        Assert.Equal("activity-1", reply.ReplyToId);
        Assert.Single(reply.Attachments!);
    }

    [Fact]
    public void AcknowledgeSubmit_ClickWithVerb_NamesTheVerb()
    {
        var click = Incoming(ActivityTypes.Message) with { Value = new JsonObject { ["verb"] = "rma.new" } };

        Assert.True(WelcomeAndEchoReplies.IsSubmit(click));
        Assert.Equal("Got your click: rma.new", WelcomeAndEchoReplies.AcknowledgeSubmit(click).Text);
    }

    [Theory]
    [InlineData(0, "Count: 1.")]
    [InlineData(41, "Count: 42.")]
    public void Execute_CountClick_ReplacesTheCardCountedUp(int count, string expectedText)
    {
        var click = Incoming(ActivityTypes.Invoke) with
        {
            Name = "adaptiveCard/action",
            Value = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = CounterCard.CountVerb, ["data"] = new JsonObject { ["count"] = count } },
                ["trigger"] = "manual",
            },
        };

        var response = WelcomeAndEchoReplies.Execute(click);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(AdaptiveCardInvokeResponse.CardType, response.Type);
        Assert.Contains(expectedText, response.Value!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_UnknownVerb_AnswersAnError()
    {
        var click = Incoming(ActivityTypes.Invoke) with
        {
            Name = "adaptiveCard/action",
            Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "nope" } },
        };

        Assert.Equal(AdaptiveCardInvokeResponse.ErrorType, WelcomeAndEchoReplies.Execute(click).Type);
    }
}
