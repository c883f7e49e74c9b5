using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Slack.BlockKit;

namespace Pixfra.Rma.Slack.Tests;

public sealed class BlockKitRendererTests
{
    [Fact]
    public void A_FlowCard_BecomesItsText_AndOneButtonPerSubmitAction_CarryingTheActionsData()
    {
        var card = CardRenderer.Render(new WelcomeCard("Hello Ana", [new CommandHelp("new", "Start an RMA")]), BotCulture.English);
        var submits = card.Card["actions"]!.AsArray().OfType<JsonObject>().Where(a => (string?)a["type"] == "Action.Submit").ToList();
        Assert.NotEmpty(submits);

        var blocks = BlockKitRenderer.RenderMessage(card.FallbackText, card.Card);

        Assert.Empty(BlockKitLimits.Check(blocks, BlockKitSurface.Message));
        Assert.Equal("section", (string?)blocks[0]!["type"]);
        var buttons = blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray()).ToList();
        Assert.Equal(submits.Count, buttons.Count);
        for (var i = 0; i < submits.Count; i++)
        {
            Assert.Equal((string?)submits[i]["title"], (string?)buttons[i]!["text"]!["text"]);
            Assert.True(JsonNode.DeepEquals(submits[i]["data"] ?? new JsonObject(), JsonNode.Parse((string)buttons[i]!["value"]!)));
        }
    }

    [Fact]
    public void Oversized_Content_IsKeptWithinSlacksLimits()
    {
        var longLabel = new string('L', 120);
        var actions = new JsonArray([.. Enumerable.Range(0, 80).Select(i => (JsonNode)new JsonObject { ["type"] = "Action.Submit", ["title"] = i == 0 ? longLabel : $"Option {i}", ["data"] = new JsonObject { ["verb"] = "pick", ["i"] = i } })]);
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(), ["actions"] = actions };
        var text = string.Join("\n", Enumerable.Range(0, 400).Select(i => $"Line {i}: " + new string('x', 400)));

        var blocks = BlockKitRenderer.RenderMessage(text, card);

        Assert.Empty(BlockKitLimits.Check(blocks, BlockKitSurface.Message));
        var first = blocks.OfType<JsonObject>().First(b => (string?)b["type"] == "actions")["elements"]![0]!;
        Assert.Equal(BlockKitLimits.MaxButtonLabel, ((string)first["text"]!["text"]!).Length);
        Assert.Equal(80, blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").Sum(b => b["elements"]!.AsArray().Count));
    }

    [Fact]
    public void UserText_CannotBecome_AMentionOrLink()
    {
        var blocks = BlockKitRenderer.RenderMessage("Fault: <!channel> & <https://evil.example|click>", null);

        Assert.Equal("Fault: &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;", (string?)blocks[0]!["text"]!["text"]);
    }

    public static TheoryData<string, string, BlockKitSurface> Violations => new()
    {
        // what is broken, the blocks, where they are shown
        { "51 blocks in a message", Blocks(51, Section("x")), BlockKitSurface.Message },
        { "101 blocks in a modal", Blocks(101, Section("x")), BlockKitSurface.Modal },
        { "a section of 3001 characters", Blocks(1, Section(new string('x', 3001))), BlockKitSurface.Message },
        { "a button label of 76 characters", Blocks(1, Actions(Button("a", new string('x', 76)))), BlockKitSurface.Message },
        { "two buttons with one action id", Blocks(1, Actions(Button("a", "one"), Button("a", "two"))), BlockKitSurface.Message },
        { "an empty section text", Blocks(1, Section(string.Empty)), BlockKitSurface.Message },
        { "an unknown block type", Blocks(1, """{"type":"carousel"}"""), BlockKitSurface.Message },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void The_LimitsCheck_FindsEachBrokenLimit(string description, string blocks, BlockKitSurface surface)
    {
        Assert.True(BlockKitLimits.Check(JsonNode.Parse(blocks)!.AsArray(), surface).Count > 0, description);
    }

    [Fact]
    public void The_LimitsCheck_Accepts_100BlocksInAModal()
    {
        Assert.Empty(BlockKitLimits.Check(JsonNode.Parse(Blocks(100, Section("x")))!.AsArray(), BlockKitSurface.Modal));
    }

    private static string Blocks(int count, string block) => "[" + string.Join(",", Enumerable.Repeat(block, count)) + "]";

    private static string Section(string text) => new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }.ToJsonString();

    private static string Actions(params string[] buttons) => $$"""{"type":"actions","elements":[{{string.Join(",", buttons)}}]}""";

    private static string Button(string actionId, string label) =>
        new JsonObject { ["type"] = "button", ["action_id"] = actionId, ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = label }, ["value"] = "{}" }.ToJsonString();
}
