using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Teams;

namespace Pixfra.Rma.Protocol.Tests.Teams;

public sealed class TeamsConversationsTests
{
    private static JsonNode? Json(ConversationParameters parameters) => JsonSerializer.SerializeToNode(parameters, ActivityJson.Options);

    [Fact]
    public void PersonalChat_IsTheDocumentedOneToOneBody() =>
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"t1","channelData":{"tenant":{"id":"t1"}}}"""),
            Json(TeamsConversations.PersonalChat("28:bot", "29:user", "t1"))));

    [Fact]
    public void ChannelThread_CarriesTheChannelTenantAndFirstActivity() =>
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"isGroup":true,"bot":{"id":"28:bot"},"tenantId":"t1",
                 "activity":{"type":"message","text":"RMA needs a human"},
                 "channelData":{"channel":{"id":"19:staff@thread.tacv2"},"tenant":{"id":"t1"}}}
                """),
            Json(TeamsConversations.ChannelThread("28:bot", "19:staff@thread.tacv2", "t1", new Activity { Text = "RMA needs a human" }))));
}
