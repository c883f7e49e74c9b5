using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Slack;
using Pixfra.Rma.Protocol.Teams;
using Pixfra.Rma.Protocol.Tests.Activities;

namespace Pixfra.Rma.Protocol.Tests.Teams;

public sealed class TeamsActivityTests
{
    private static Activity Fixture(string name) => ActivityJson.Deserialize(Fixtures.Read(name))!;

    private static Activity WithMentions(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Pixfra RMA" },
        Entities = entities,
    };

    private static Entity Mention(string id, string? name, string? text) =>
        new() { Type = "mention", Mentioned = new ChannelAccount { Id = id, Name = name }, Text = text };

    [Fact]
    public void GroupChatMention_IsStrippedFromRecordedPayload() =>
        Assert.Equal("status RMA-2026-000123", TeamsActivity.TextWithoutBotMention(Fixture("teams-groupchat-mention.json")));

    public static TheoryData<string, Entity[], string> MentionCases() => new()
    {
        { "<at>Pixfra RMA</at> new rma", [Mention("28:bot", "Pixfra RMA", "<at>Pixfra RMA</at>")], "new rma" },
        { "new rma <at>pixfra rma</at>", [Mention("28:bot", "Pixfra RMA", "<at>Pixfra RMA</at>")], "new rma" },
        { "<at>Pixfra RMA</at> hi", [Mention("28:bot", "Pixfra RMA", null)], "hi" },
        { "<at>Zhang Min</at> please help", [Mention("29:zhang", "Zhang Min", "<at>Zhang Min</at>")], "<at>Zhang Min</at> please help" },
        { "<at>Pixfra RMA</at> ask <at>Zhang Min</at>", [Mention("28:bot", "Pixfra RMA", "<at>Pixfra RMA</at>"), Mention("29:zhang", "Zhang Min", "<at>Zhang Min</at>")], "ask <at>Zhang Min</at>" },
        { "  plain text  ", [], "plain text" },
    };

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void TextWithoutBotMention_RemovesOnlyTheBotsOwnMention(string text, Entity[] entities, string expected) =>
        Assert.Equal(expected, TeamsActivity.TextWithoutBotMention(WithMentions(text, entities)));

    [Fact]
    public void MentionsBot_IsTrueOnlyForTheBot()
    {
        Assert.True(TeamsActivity.MentionsBot(Fixture("teams-groupchat-mention.json")));
        Assert.False(TeamsActivity.MentionsBot(Fixture("teams-message-personal.json")));
    }

    [Theory]
    [InlineData("teams-message-personal.json", "72f988bf-86f1-41af-91ab-2d7cd011db47")]
    [InlineData("playground-message-personal.json", "00000000-0000-0000-0000-0000000000001")]
    [InlineData("slack-message.json", null)]
    public void TenantId_ComesFromChannelData_OrTheConversation(string fixture, string? expected) =>
        Assert.Equal(expected, TeamsActivity.TenantId(Fixture(fixture)));

    [Fact]
    public void TenantId_FallsBackToTheConversation()
    {
        var activity = new Activity { Conversation = new ConversationAccount { Id = "a:1", TenantId = "t-conv" } };

        Assert.Equal("t-conv", TeamsActivity.TenantId(activity));
    }

    [Fact]
    public void AadObjectId_AndTeamIds_AreRead()
    {
        Assert.Equal("6b4e5b1a-2f7c-4c0e-9d3a-8f1e2b3c4d5e", TeamsActivity.AadObjectId(Fixture("teams-message-personal.json")));
        Assert.Equal("19:8b0c5a8e1d2f4e3a9b7c6d5e4f3a2b1c@thread.tacv2", TeamsActivity.TeamId(Fixture("teams-conversationupdate-channel.json")));
    }

    [Fact]
    public void FileDownloads_ReadTheFileDownloadInfoAttachments()
    {
        var file = Assert.Single(TeamsActivity.FileDownloads(Fixture("teams-file-attachment.json")));

        Assert.Equal("invoice-21A0010045.pdf", file.Name);
        Assert.Equal("5f3e1d2c-4b6a-4c8e-9a0b-1c2d3e4f5a6b", file.UniqueId);
        Assert.Equal("pdf", file.FileType);
        Assert.StartsWith("https://contoso-my.sharepoint.com/personal/liwei_contoso_com/_layouts/15/download.aspx", file.DownloadUrl.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineImages_AreTheImageAttachments()
    {
        var image = Assert.Single(TeamsActivity.InlineImages(Fixture("teams-file-attachment.json")));

        Assert.Equal("image/*", image.ContentType);
        Assert.Equal("smba.trafficmanager.net", image.ContentUrl.Host);
    }

    [Fact]
    public void Slack_ReadsTeamUserAndChannelFromSlackMessage()
    {
        var slack = SlackActivity.Read(Fixture("slack-message.json"))!;

        Assert.Equal(new SlackContext("T01XYZ98765", "U07ABCDEF12", "D07DM567890", "1763627412.345679", null, null), slack);
    }

    [Fact]
    public void Slack_ReadsButtonClickPayload_CaseInsensitively()
    {
        var activity = new Activity
        {
            ChannelData = System.Text.Json.Nodes.JsonNode.Parse("""
                {"payload":{"type":"interactive_message","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":"C1"},
                 "message_ts":"1.2","response_url":"https://hooks.slack.com/actions/T1/1/x"}}
                """),
        };

        Assert.Equal(new SlackContext("T1", "U1", "C1", "1.2", null, "https://hooks.slack.com/actions/T1/1/x"), SlackActivity.Read(activity));
    }

    [Fact]
    public void Slack_IsNullForTeams() => Assert.Null(SlackActivity.Read(Fixture("teams-message-personal.json")));
}
