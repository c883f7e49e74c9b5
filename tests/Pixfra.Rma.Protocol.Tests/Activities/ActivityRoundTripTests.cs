using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Tests.Activities;

public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> FixtureNames() => Fixtures.All();

    [Fact]
    public void Fixtures_CoverEveryKindTheBriefNames() =>
        Assert.True(Fixtures.All().Count >= 15, "fixtures missing from the output folder");

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Deserialize_ThenSerialize_GivesSemanticallyEqualJson(string fixture)
    {
        var json = Fixtures.Read(fixture);

        var activity = ActivityJson.Deserialize(json);
        var written = ActivityJson.Serialize(activity!);

        var expected = JsonNode.Parse(json);
        var actual = JsonNode.Parse(written);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{fixture} changed on round trip:\n{written}");
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Deserialize_ReadsTheRequiredFields(string fixture)
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read(fixture))!;

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.False(string.IsNullOrEmpty(activity.ChannelId));
        Assert.False(string.IsNullOrEmpty(activity.Conversation?.Id));
        Assert.False(string.IsNullOrEmpty(activity.ServiceUrl));
        Assert.NotNull(activity.Timestamp);
    }

    [Fact]
    public void TeamsMessage_ReadsTypedFields()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("teams-message-personal.json"))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("RMA for SN 21A0010045", activity.Text);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/apac/", activity.ServiceUrl);
        Assert.Equal("29:1Xo8PqK2hXkz3cJrQ7yM0GgT9vW5uN4aLbE6sD1fH8jI", activity.From!.Id);
        Assert.Equal("6b4e5b1a-2f7c-4c0e-9d3a-8f1e2b3c4d5e", activity.From.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", activity.Conversation.TenantId);
        Assert.Equal("28:4a1c2b3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", activity.Recipient!.Id);
        Assert.Equal("zh-CN", activity.Locale);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 14, 36, TimeSpan.Zero).AddTicks(7810722), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
    }

    [Fact]
    public void ActionSubmit_IsAMessageWithValueAndReplyToId()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("playground-message-personal-value.json"))!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Null(activity.Text);
        Assert.Equal("1795464064906", activity.ReplyToId);
        Assert.Equal("submitClicked", (string?)activity.Value!["action"]);
        Assert.Equal(42, (int)activity.Value["ticket"]!);
    }

    [Fact]
    public void AdaptiveCardInvoke_ValueReadsAsInvokeValue()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("teams-invoke-adaptivecard-action.json"))!;
        var value = activity.ValueAs<AdaptiveCardInvokeValue>()!;

        Assert.True(activity.IsInvoke);
        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", value.Action!.Type);
        Assert.Equal("claim", value.Action.Verb);
        Assert.Equal("RMA-2026-000123", (string?)value.Action.Data!["rma"]);
        Assert.Equal("manual", value.Trigger);
    }

    [Fact]
    public void ConversationUpdate_ReadsMembersAdded()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("playground-conversationUpdate-personal.json"))!;

        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(["user-id-0", "00000000-0000-0000-0000-00000000000011"], activity.MembersAdded!.Select(m => m.Id));
    }

    [Fact]
    public void InstallationUpdate_ReadsAction()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("playground-installationUpdate-groupChat.json"))!;

        Assert.Equal(ActivityTypes.InstallationUpdate, activity.Type);
        Assert.Equal("add", activity.Action);
        Assert.True(activity.Conversation!.IsGroup);
        Assert.Equal("Group Chat", activity.Conversation.Name);
    }

    [Fact]
    public void GroupChatMention_ReadsMentionEntity()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("teams-groupchat-mention.json"))!;
        var mention = activity.Entities!.Single(e => e.IsMention);

        Assert.Equal(activity.Recipient!.Id, mention.Mentioned!.Id);
        Assert.Equal("<at>Pixfra RMA</at>", mention.Text);
        Assert.Equal("groupChat", activity.Conversation!.ConversationType);
    }

    [Fact]
    public void FileAttachment_ReadsContentTypeAndContent()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("teams-file-attachment.json"))!;
        var file = activity.Attachments![0];

        Assert.Equal("application/vnd.microsoft.teams.file.download.info", file.ContentType);
        Assert.Equal("invoice-21A0010045.pdf", file.Name);
        Assert.Equal("pdf", (string?)file.Content!["fileType"]);
    }

    [Fact]
    public void SlackMessage_KeepsSlackChannelData()
    {
        var activity = ActivityJson.Deserialize(Fixtures.Read("slack-message.json"))!;

        Assert.Equal("slack", activity.ChannelId);
        Assert.Equal("B07BOT12345:T01XYZ98765:D07DM567890", activity.Conversation!.Id);
        Assert.Equal("T01XYZ98765", (string?)activity.ChannelData!["SlackMessage"]!["team_id"]);
    }

    [Fact]
    public void UnknownFields_AreKeptOnEveryLevel()
    {
        const string json = """
            {"type":"message","futureField":{"a":1},"from":{"id":"u","userRole":"x"},
             "conversation":{"id":"c","futureConversationField":true},
             "entities":[{"type":"mention","mentioned":{"id":"b"},"text":"<at>b</at>","extra":1}]}
            """;

        var activity = ActivityJson.Deserialize(json)!;
        var written = JsonNode.Parse(ActivityJson.Serialize(activity));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), written));
        Assert.True(activity.ExtensionData!.ContainsKey("futureField"));
    }

    [Fact]
    public void Serialize_OmitsNullFieldsAndUsesCamelCase()
    {
        var activity = new Activity { Type = ActivityTypes.Message, Text = "hi", ReplyToId = "1" };

        var written = JsonNode.Parse(ActivityJson.Serialize(activity));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","replyToId":"1","text":"hi"}"""), written));
    }
}
