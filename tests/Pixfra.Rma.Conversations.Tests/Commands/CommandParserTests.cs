using Pixfra.Rma.Conversations.Commands;

namespace Pixfra.Rma.Conversations.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", CommandKind.Help, null)]
    [InlineData("  HELP ", CommandKind.Help, null)]
    [InlineData("帮助", CommandKind.Help, null)]
    [InlineData("？", CommandKind.Help, null)]
    [InlineData("new rma", CommandKind.NewRma, null)]
    [InlineData("New   RMA", CommandKind.NewRma, null)]
    [InlineData("ＮＥＷ　ＲＭＡ", CommandKind.NewRma, null)]
    [InlineData("新建RMA", CommandKind.NewRma, null)]
    [InlineData("my rmas", CommandKind.MyRmas, null)]
    [InlineData("我的RMA", CommandKind.MyRmas, null)]
    [InlineData("status PX-4K7Q-9XT2-M", CommandKind.Status, "px-4k7q-9xt2-m")]
    [InlineData("状态 PX-4K7Q-9XT2-M", CommandKind.Status, "px-4k7q-9xt2-m")]
    [InlineData("状态PX-4K7Q-9XT2-M", CommandKind.Status, "px-4k7q-9xt2-m")]
    [InlineData("status", CommandKind.Status, null)]
    [InlineData("reissue px 4k7q 9xt2 m", CommandKind.Reissue, "px 4k7q 9xt2 m")]
    [InlineData("重新签发 PX-4K7Q-9XT2-M", CommandKind.Reissue, "px-4k7q-9xt2-m")]
    [InlineData("cancel", CommandKind.Cancel, null)]
    [InlineData("取消", CommandKind.Cancel, null)]
    [InlineData("talk to support", CommandKind.TalkToSupport, null)]
    [InlineData("人工客服", CommandKind.TalkToSupport, null)]
    [InlineData("warranty PF2023A00017", CommandKind.Warranty, "pf2023a00017")]
    [InlineData("查询保修 PF2023A00017", CommandKind.Warranty, "pf2023a00017")]
    [InlineData("保修PF2023A00017", CommandKind.Warranty, "pf2023a00017")]
    [InlineData("queue", CommandKind.Queue, null)]
    [InlineData("队列", CommandKind.Queue, null)]
    [InlineData("rma PX384A1B2C3D", CommandKind.Lookup, "px384a1b2c3d")]
    [InlineData("查单 RMA-0000-0001", CommandKind.Lookup, "rma-0000-0001")]
    [InlineData("set RMA-0000-0001 in repair", CommandKind.SetStatus, "rma-0000-0001 in repair")]
    [InlineData("设置状态 RMA-0000-0001 维修中", CommandKind.SetStatus, "rma-0000-0001 维修中")]
    [InlineData("exclude RMA-0000-0001 2 painted", CommandKind.Exclude, "rma-0000-0001 2 painted")]
    [InlineData("ask RMA-0000-0001 invoice?", CommandKind.Ask, "rma-0000-0001 invoice?")]
    [InlineData("note RMA-0000-0001 called them", CommandKind.Note, "rma-0000-0001 called them")]
    [InlineData("hand back units", CommandKind.HandBack, "units")]
    [InlineData("交还 审核", CommandKind.HandBack, "审核")]
    [InlineData("hand back", CommandKind.HandBack, null)]
    [InlineData("resolve", CommandKind.Resolve, null)]
    [InlineData("rmas", CommandKind.MyRmas, null)]
    public void Parse_KnownCommandInEitherLanguage_IsRecognised(string text, CommandKind kind, string? argument)
    {
        var command = CommandParser.Parse(text);

        Assert.Equal((kind, argument), (command?.Kind, command?.Argument));
    }

    [Fact]
    public void Parse_ArgumentText_KeepsTheLetterCaseAsTyped()
    {
        var command = CommandParser.Parse("ＳＥＴ  RMA-0000-0001 Closed   Repaired OK");

        Assert.Equal("RMA-0000-0001 Closed Repaired OK", command?.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("hello there")]
    [InlineData("helpful")]
    [InlineData("cancel my order please now")]
    [InlineData("statusPX-4K7Q")]
    [InlineData("the unit does not start")]
    public void Parse_OtherText_IsNotACommand(string? text)
    {
        Assert.Null(CommandParser.Parse(text));
    }
}
