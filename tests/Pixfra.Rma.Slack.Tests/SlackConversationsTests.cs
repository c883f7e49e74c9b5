using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Inbound;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>Which conversation keys are the Slack app's (and so go through its Web API) and where in Slack they point.</summary>
public sealed class SlackConversationsTests
{
    public static TheoryData<string, string, string?, string?, string?> Keys => new()
    {
        // channel id, conversation id → team, channel, thread (all null: not the Slack app's)
        { "slack", "T0A:D0B", "T0A", "D0B", null },
        { "slack", "T0A:C0STAFF/1764600000.000100", "T0A", "C0STAFF", "1764600000.000100" },
        { "slack", "B0BOT:T0A:C0B", null, null, null },              // the Azure Bot Service Slack channel
        { "slack", "B0BOT:T0A:C0B:1764600000.000100", null, null, null },
        { "msteams", "T0A:D0B", null, null, null },
        { "msteams", "a:1xyz", null, null, null },
        { "slack", "T0A:", null, null, null },
        { "slack", "T0A:C0B/", null, null, null },
    };

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_Key_IsTheSlackApps_OnlyInItsOwnForm(string channelId, string conversationId, string? team, string? channel, string? thread)
    {
        var parsed = SlackConversations.TryParse(new ConversationKey(channelId, conversationId), out var place);

        Assert.Equal(team is not null, parsed);
        Assert.Equal(team is null ? null : new SlackPlace(team, channel!, thread), place);
    }

    [Fact]
    public void Keys_MadeByThread_AndByChannel_ReadBackToTheSamePlace()
    {
        foreach (var place in new[] { new SlackPlace("T0A", "C0B", "1764600000.000100"), new SlackPlace("T0A", "D0B", null) })
        {
            Assert.True(SlackConversations.TryParse(SlackConversations.Key(place), out var read));
            Assert.Equal(place, read);
        }
    }

    [Fact]
    public void An_ExecuteAction_BecomesAButton_WhoseValueCarriesItsVerb()
    {
        var card = JsonNode.Parse("""
            { "type": "AdaptiveCard", "refresh": { "action": { "type": "Action.Execute", "verb": "rma.refresh" } },
              "actions": [ { "type": "Action.Execute", "title": "Take over", "verb": "handoff.claim", "data": { "handoff": "H-1" } },
                           { "type": "Action.Submit", "title": "Help", "data": { "verb": "help" } } ] }
            """)!.AsObject();

        var buttons = BlockKitRenderer.RenderMessage("A handoff", card).OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>()).ToList();

        var clicks = buttons.Select(b => SlackButtonValue.Read(new SlackAction((string)b["action_id"]!, (string?)b["value"]))).ToList();

        Assert.Equal(2, clicks.Count);
        var execute = Assert.IsType<SlackButtonValue.Execute>(clicks[0]);
        Assert.Equal("handoff.claim", execute.Verb);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"handoff":"H-1"}"""), execute.Data));
        Assert.IsType<SlackButtonValue.Submit>(clicks[1]);
    }
}
