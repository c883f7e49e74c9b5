using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Slack.Forms;
using Pixfra.Rma.Slack.Inbound;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>Cards with inputs as Slack forms: the message's buttons, the modal, and a submission read back and checked.</summary>
public sealed class SlackFormTests
{
    private static readonly BlockKitLabels Labels = new("Fill in the form", "{0}…", "Form", "Cancel", "Required.", "Not valid.", "Too long.", "Bad date.", "Refresh");

    [Fact]
    public void A_FormCard_IsPostedAsItsText_WithOneOpenFormButton_AndItsOtherActionsAsButtons()
    {
        var card = ProductLine([]).Card;

        var blocks = BlockKitRenderer.RenderMessage("Products to return", card, "form123", Labels);

        Assert.Empty(BlockKitLimits.Check(blocks, BlockKitSurface.Message));
        var buttons = blocks.OfType<JsonObject>().Where(b => (string?)b["type"] == "actions").SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>()).ToList();
        var form = Assert.Single(buttons, b => ((string)b["action_id"]!).StartsWith(SlackButtonValue.FormPrefix, StringComparison.Ordinal));
        Assert.Equal("Fill in the form", (string?)form["text"]!["text"]);
        Assert.Equal(new SlackButtonValue.OpenForm("form123", 0), SlackButtonValue.Read(new SlackAction((string)form["action_id"]!, (string)form["value"]!)));
        Assert.DoesNotContain(buttons, b => ((string)b["value"]!).Contains("line.add", StringComparison.Ordinal));
        Assert.Contains(buttons, b => ((string)b["value"]!).Contains("lines.bulk", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_AStoredForm_ActionsThatSendInputs_AreLeftOut()
    {
        var blocks = BlockKitRenderer.RenderMessage("Products to return", ProductLine([]).Card);

        Assert.DoesNotContain("line.add", blocks.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SlackButtonValue.FormPrefix, blocks.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Modal_HasOneInputBlockPerCardInput_NamedByItsId_WithWhatTheCardShows()
    {
        var card = ProductLine(["Serial number: character 3 is not allowed."], serial: "PX#1", fault: "No image").Card;
        var action = CardElements.Actions(card).Single(a => a.TakesInputs);
        var metadata = SlackFormMetadata.From("form123", action, "D0001", "1.2").Write();

        var view = SlackModalBuilder.Build(card, action, metadata, Labels);

        Assert.Empty(BlockKitLimits.CheckView(view));
        Assert.Equal(("Products to return", "Add this unit"), ((string?)view["title"]!["text"], (string?)view["submit"]!["text"]));
        var inputs = view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input").ToDictionary(b => (string)b["block_id"]!);
        Assert.Equal(["serialNumber", "model", "partNumber", "fault", "painted", "tampered", "labelRemoved", "invoiceDate", "noSubstitute"], inputs.Keys);
        Assert.Equal(("PX#1", 40, false), ((string?)inputs["serialNumber"]["element"]!["initial_value"], (int)inputs["serialNumber"]["element"]!["max_length"]!, (bool)inputs["serialNumber"]["optional"]!));
        Assert.Equal((true, 1000), ((bool)inputs["fault"]["element"]!["multiline"]!, (int)inputs["fault"]["element"]!["max_length"]!));
        Assert.Equal(2, inputs["model"]["element"]!["options"]!.AsArray().Count);
        Assert.Equal(("datepicker", "checkboxes"), ((string?)inputs["invoiceDate"]["element"]!["type"], (string?)inputs["noSubstitute"]["element"]!["type"]));
        Assert.True((bool)inputs["partNumber"]["optional"]!);
        Assert.Contains("character 3 is not allowed", view["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(SlackFormMetadata.From("form123", action, "D0001", "1.2") with { Data = null! }, SlackFormMetadata.Read((string)view["private_metadata"]!)! with { Data = null! });
    }

    [Fact]
    public void A_LongCard_IsKeptWithinModalLimits_AndKeepsEveryInput()
    {
        var choices = new JsonArray([.. Enumerable.Range(0, 150).Select(i => (JsonNode)new JsonObject { ["title"] = new string('t', 90) + i, ["value"] = "v" + i })]);
        var body = new JsonArray([.. Enumerable.Range(0, 120).Select(i => (JsonNode)new JsonObject { ["type"] = "TextBlock", ["text"] = "Paragraph " + i })]);
        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "A heading far longer than twenty-four characters", ["style"] = "heading" });
        body.Add(new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = "pick", ["label"] = "Pick", ["choices"] = choices });
        body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "note", ["label"] = new string('L', 2500) });
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = body,
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Send this very long submission now", ["data"] = new JsonObject { ["verb"] = "x" } }),
        };
        var action = CardElements.Actions(card).Single();

        var view = SlackModalBuilder.Build(card, action, "{}", Labels);

        Assert.Empty(BlockKitLimits.CheckView(view));
        Assert.Equal("Form", (string?)view["title"]!["text"]);
        Assert.Equal(BlockKitLimits.MaxModalBlocks, view["blocks"]!.AsArray().Count);
        Assert.Equal(["pick", "note"], view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input").Select(b => (string)b["block_id"]!));
    }

    public static TheoryData<string, string, string, string?> Rules => new()
    {
        // what, the input, the value submitted, the error expected (null: accepted)
        { "required and empty, with its own message", """{"type":"Input.Text","id":"a","isRequired":true,"errorMessage":"Enter it."}""", "", "Enter it." },
        { "required and empty, no message", """{"type":"Input.Text","id":"a","isRequired":true}""", "  ", "Required." },
        { "optional and empty", """{"type":"Input.Text","id":"a","maxLength":3}""", "", null },
        { "longer than maxLength", """{"type":"Input.Text","id":"a","maxLength":3}""", "abcd", "Too long." },
        { "not matching the regex", """{"type":"Input.Text","id":"a","regex":"[A-Z0-9]+","errorMessage":"Letters and digits."}""", "ab-1", "Letters and digits." },
        { "matching the regex as a whole", """{"type":"Input.Text","id":"a","regex":"[A-Z0-9]+"}""", "AB1", null },
        { "a date in another format", """{"type":"Input.Date","id":"a"}""", "01/09/2026", "Bad date." },
        { "a date after max", """{"type":"Input.Date","id":"a","max":"2026-12-02"}""", "2026-12-03", "Bad date." },
        { "a date within min and max", """{"type":"Input.Date","id":"a","min":"2020-01-01","max":"2026-12-02"}""", "2026-12-02", null },
        { "a choice not offered", """{"type":"Input.ChoiceSet","id":"a","choices":[{"title":"No","value":"no"}]}""", "maybe", "Not valid." },
        { "a required toggle left off", """{"type":"Input.Toggle","id":"a","title":"I agree","isRequired":true,"valueOn":"yes","valueOff":"no"}""", "no", "Required." },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_CardsOwnRules_AreCheckedBeforeTheFlowSeesTheSubmission(string what, string input, string value, string? expected)
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(JsonNode.Parse(input)) };

        var errors = CardFormRules.Check(card, new Dictionary<string, string> { ["a"] = value }, Labels);

        Assert.True(expected == errors.GetValueOrDefault("a"), $"{what}: expected {expected ?? "no error"}, got {errors.GetValueOrDefault("a") ?? "no error"}");
    }

    [Fact]
    public void A_Submission_IsReadBack_AsTheValuesTeamsWouldSend_AndMergedIntoTheActionsData()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","body":[
              {"type":"Input.ChoiceSet","id":"model","choices":[{"title":"A","value":"a"}]},
              {"type":"Input.ChoiceSet","id":"tags","isMultiSelect":true,"choices":[{"title":"X","value":"x"},{"title":"Y","value":"y"}]},
              {"type":"Input.Date","id":"day"},
              {"type":"Input.Toggle","id":"on","title":"On","valueOn":"yes","valueOff":"no"},
              {"type":"Input.Toggle","id":"off","title":"Off"},
              {"type":"Input.Text","id":"note"}]}
            """)!.AsObject();
        var view = JsonNode.Parse("""
            {"state":{"values":{
              "model":{"value":{"type":"static_select","selected_option":{"text":{"type":"plain_text","text":"A"},"value":"a"}}},
              "tags":{"value":{"type":"multi_static_select","selected_options":[{"value":"x"},{"value":"y"}]}},
              "day":{"value":{"type":"datepicker","selected_date":"2026-09-01"}},
              "on":{"value":{"type":"checkboxes","selected_options":[{"value":"yes"}]}},
              "off":{"value":{"type":"checkboxes","selected_options":[]}},
              "note":{"value":{"type":"plain_text_input","value":null}},
              "injected":{"value":{"type":"plain_text_input","value":"not an input of the card"}}}}}
            """)!.AsObject();

        var values = CardFormValues.Read(view, card);
        var data = CardFormValues.Merge(new JsonObject { ["verb"] = "line.add", ["case"] = "C1", ["note"] = "from data" }, values);

        Assert.Equal(
            new Dictionary<string, string> { ["model"] = "a", ["tags"] = "x,y", ["day"] = "2026-09-01", ["on"] = "yes", ["off"] = "false", ["note"] = "" },
            values);
        Assert.Equal("""{"verb":"line.add","case":"C1","note":"","model":"a","tags":"x,y","day":"2026-09-01","on":"yes","off":"false"}""", data.ToJsonString());
    }

    public static TheoryData<string, string, string, string> Clicks => new()
    {
        // what, action id, value, what it reads as
        { "an Action.Submit", "submit-0", """{"verb":"rma.new"}""", "Submit" },
        { "an Action.Execute", "execute-2", """{"verb":"handoff.claim","data":{"handoff":"h1"}}""", "Execute" },
        { "an open-the-form button", "form-1", """{"form":"abc","action":1}""", "OpenForm" },
        { "an Execute without a verb", "execute-2", """{"data":{}}""", "null" },
        { "a form button without a form", "form-1", """{"action":1}""", "null" },
        { "a value that is not JSON", "submit-0", "not json", "null" },
        { "an action id the bot never made", "other-0", """{"verb":"rma.new"}""", "null" },
    };

    [Theory]
    [MemberData(nameof(Clicks))]
    public void A_Click_ReadsAsTheCardActionItsButtonStoodFor(string what, string actionId, string value, string expected)
    {
        var read = SlackButtonValue.Read(new SlackAction(actionId, value));

        Assert.True(expected == (read?.GetType().Name ?? "null"), what);
    }

    [Fact]
    public void An_ExecuteButton_CarriesTheVerbBesideTheData()
    {
        var card = JsonNode.Parse("""{"type":"AdaptiveCard","body":[],"actions":[{"type":"Action.Execute","title":"Claim","verb":"handoff.claim","data":{"handoff":"h1"}}]}""")!.AsObject();

        var button = BlockKitRenderer.RenderMessage("Handoff", card).OfType<JsonObject>().Single(b => (string?)b["type"] == "actions")["elements"]![0]!;

        var read = Assert.IsType<SlackButtonValue.Execute>(SlackButtonValue.Read(new SlackAction((string)button["action_id"]!, (string)button["value"]!)));
        Assert.Equal(("handoff.claim", """{"handoff":"h1"}"""), (read.Verb, read.Data.ToJsonString()));
    }

    public static TheoryData<string, string> FormCards => new()
    {
        { "identity-question", "en" }, { "identity-question", "zh-Hans" },
        { "bulk-lines", "en" }, { "bulk-lines", "zh-Hans" },
        { "evidence-assign", "en" }, { "evidence-assign", "zh-Hans" },
        { "handoff", "en" }, { "handoff", "zh-Hans" },
        { "product-line", "zh-Hans" },
    };

    [Theory]
    [MemberData(nameof(FormCards))]
    public void Every_FormCard_BecomesAMessage_AndModals_WithinSlacksLimits(string template, string language)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
        var card = FormCard(template, culture).Card;

        var blocks = BlockKitRenderer.RenderMessage(PlainTextFallback.From(card), card, "form123", Labels);
        var views = CardElements.Actions(card).Where(a => a.TakesInputs)
            .Select(a => SlackModalBuilder.Build(card, a, SlackFormMetadata.From("form123", a, "D0001", "1.2").Write(), Labels))
            .ToList();

        Assert.Empty(BlockKitLimits.Check(blocks, BlockKitSurface.Message));
        Assert.NotEmpty(views);
        Assert.All(views, view => Assert.Empty(BlockKitLimits.CheckView(view)));
        Assert.All(views, view => Assert.Equal(
            CardElements.Inputs(card).Select(i => (string?)i["id"]),
            view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input").Select(b => (string?)b["block_id"])));
    }

    private static RenderedCard FormCard(string template, System.Globalization.CultureInfo culture) => template switch
    {
        "identity-question" => CardRenderer.Render(new IdentityQuestionCard("That invite code is not valid."), culture),
        "bulk-lines" => CardRenderer.Render(new BulkLinesCard("PX384A1B2C3X; SAMPLE-TC999; dead", [new MessageView("Line 2: not in the catalog.")], "7K3M9Q2D", "2026-12-01"), culture),
        "evidence-assign" => CardRenderer.Render(
            new EvidenceAssignCard(
                [new PendingFileView("file1", "IMG_0001.jpg", "Picture, 2.3 MB", [new ChoiceView("Label photo of unit 1", "label:1"), new ChoiceView("Not needed", "discard")], "label:1"),
                 new PendingFileView("file2", "delivery-note.pdf", "PDF, 120 KB", [new ChoiceView("Shipping document", "shipping"), new ChoiceView("Not needed", "discard")], string.Empty)],
                [new MessageView("scan.svg was not accepted.")],
                [],
                "2026-12-02",
                "7K3M9Q2D"),
            culture),
        "handoff" => CardRenderer.Render(
            new HandoffCard(
                "H-1", "Support request H-1", "Taken over", [new FactView("Who", "Alex")], [], [], [], [], CanClaim: false, IsActive: true, CanHandBack: true,
                [new ChoiceView("Menu", "menu"), new ChoiceView("Units", "units")]),
            culture),
        _ => ProductLine([], culture: culture),
    };

    private static RenderedCard ProductLine(IReadOnlyList<string> errors, string serial = "", string fault = "", System.Globalization.CultureInfo? culture = null) => CardRenderer.Render(
        new ProductLineCard(
            [],
            [new ChoiceView("TC384", "SAMPLE-TC384"), new ChoiceView("TC640", "SAMPLE-TC640")],
            ProductLineValues.Empty with { SerialNumber = serial, Fault = fault, Model = "SAMPLE-TC384" },
            [.. errors.Select(e => new MessageView(e))],
            "C1",
            "2026-12-02"),
        culture ?? BotCulture.English);
}
