using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>
/// Issue 10, done when: a distributor gets an RMA number entirely in Slack — greeting, checklist, a unit entered in a
/// modal (one submission refused by the card's rules, one by the flow, nothing typed lost), photos as Slack files,
/// warranty review, confirmation — through the real host's HTTP endpoints with signed requests, against the fake
/// Slack Web API on 127.0.0.1. Every Block Kit payload the bot sent is checked against Slack's limits.
/// </summary>
public sealed class FullSlackRmaTests : IAsyncLifetime
{
    private const string User = "U0E2EANA";
    private const string Dm = "D0E2EANA";
    private SlackBotHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await SlackBotHost.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_Distributor_GetsAnRmaNumber_EntirelyInSlack_WithTheUnitEnteredInAModal()
    {
        var ct = TestContext.Current.CancellationToken;
        var chat = new SlackChat(_host, User, Dm);

        await chat.SayAsync("hello", SlackBotHost.DistributorName, ct);
        await chat.ClickAsync("rma.new", "Back up programs and data", ct);
        await chat.ClickAsync("checklist.confirm", "Delete private information", ct);
        await chat.ClickAsync("checklist.confirm", "Restore factory settings", ct);
        await chat.ClickAsync("checklist.confirm", "Products to return", ct);

        // The units form: its text and an "open the form" button in the message, the inputs in a modal.
        var form = await chat.OpenFormAsync(ct);
        Assert.Equal(
            ["serialNumber", "model", "partNumber", "fault", "painted", "tampered", "labelRemoved", "invoiceDate", "noSubstitute"],
            Inputs(form).Select(b => (string)b["block_id"]!));
        Assert.Equal(
            ["plain_text_input", "static_select", "plain_text_input", "plain_text_input", "static_select", "static_select", "static_select", "datepicker", "checkboxes"],
            Inputs(form).Select(b => (string)b["element"]!["type"]!));
        var unit = new Dictionary<string, string>
        {
            ["serialNumber"] = string.Empty,
            ["model"] = "SAMPLE-TC384",
            ["fault"] = "No image after power on",
            ["painted"] = "no",
            ["tampered"] = "no",
            ["labelRemoved"] = "no",
            ["invoiceDate"] = "2026-09-01",
            ["noSubstitute"] = "true",
        };

        // Refused by the card's own rule (the serial number is required): the modal stays open with the card's message.
        var postsBefore = PostCount();
        var missing = await chat.SubmitAsync(form, unit, ct);
        Assert.Equal("errors", (string?)missing!["response_action"]);
        Assert.Equal("Enter the serial number from the label.", (string?)missing["errors"]!["serialNumber"]);

        // Refused by the flow (a character a serial number cannot have): the same form again, with the reason and what was typed.
        unit["serialNumber"] = "PX384#DEMO1";
        var refused = await chat.SubmitAsync(form, unit, ct);
        Assert.Equal("update", (string?)refused!["response_action"]);
        var again = refused["view"]!.AsObject();
        Assert.Contains("is not allowed", again.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("PX384#DEMO1", (string?)Input(again, "serialNumber")["element"]!["initial_value"]);
        Assert.Equal("No image after power on", (string?)Input(again, "fault")["element"]!["initial_value"]);
        Assert.Equal("SAMPLE-TC384", (string?)Input(again, "model")["element"]!["initial_option"]!["value"]);
        Assert.NotNull(Input(again, "noSubstitute")["element"]!["initial_options"]);
        Assert.Equal("2026-09-01", (string?)Input(again, "invoiceDate")["element"]!["initial_date"]);
        Assert.Equal(postsBefore, PostCount());

        unit["serialNumber"] = "PX384SLACK01";
        var since = _host.Slack.Calls.Count;
        var accepted = await chat.SubmitAsync(again, unit, ct);
        Assert.Equal("clear", (string?)accepted!["response_action"]);
        var listed = await chat.PostAsync(since, "Products to return");
        Assert.Contains("PX384SLACK01", listed.Argument("text"), StringComparison.Ordinal);

        // Photos as Slack files, fetched from url_private_download with the bot token.
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        await chat.SendFilesAsync("Now send: Overall photo of unit 1", ct, ("label.jpg", "image/jpeg", EvidenceSamples.Photo(301)));
        await chat.SendFilesAsync("Now send: Invoice", ct, ("unit.jpg", "image/jpeg", EvidenceSamples.Photo(302)));
        await chat.SendFilesAsync("Everything needed is here", ct, ("invoice.pdf", "application/pdf", EvidenceSamples.InvoicePdf()));
        Assert.All(_host.Slack.FileDownloads, auth => Assert.Equal("Bearer " + SlackBotHost.Token, auth));
        Assert.Equal(3, _host.Slack.FileDownloads.Count);

        var review = await chat.ClickAsync("evidence.done", "Warranty check", ct);
        Assert.Contains("PX384SLACK01", review.Argument("text"), StringComparison.Ordinal);
        var numberPost = await chat.ClickAsync("rma.confirm", "30 days left", ct);

        // The number is stored on the case, authorized, and was posted once.
        var cases = _host.Services.GetRequiredService<IRmaCaseStore>();
        var page = await cases.ListByDistributorAsync("contoso-slack-e2e", PageRequest.First(10), ct);
        var rma = Assert.Single(page.Items).Value;
        Assert.Equal(RmaStatus.Authorized, rma.Status);
        Assert.Equal("PX384SLACK01", Assert.Single(rma.Lines).SerialNumber.ToString());
        Assert.Equal(3, rma.Evidence.Count);
        var number = rma.Number.ToString();
        Assert.Contains(number, numberPost.Argument("text"), StringComparison.Ordinal);
        Assert.Single(_host.Slack.Calls, c => c.Method == "chat.postMessage" && c.Argument("text")?.Contains(number, StringComparison.Ordinal) == true);
        var expiry = BotDates.Format(rma.Validity!.LastDay, BotCulture.English);
        Assert.Contains("30 days left, until " + expiry, numberPost.Argument("text"), StringComparison.Ordinal);

        // Teams refreshes the number's card (Action.Execute) when it is shown; on Slack a button does, updating the message in place.
        var refreshed = await chat.ClickForUpdateAsync(numberPost, "rma.refresh", ct);
        Assert.Equal((Dm, numberPost.Ts), (refreshed.Argument("channel"), refreshed.Ts));
        Assert.Contains(number, refreshed.Argument("text"), StringComparison.Ordinal);
        Assert.Contains("30 days left", refreshed.Argument("text"), StringComparison.Ordinal);

        // Every Block Kit payload within Slack's limits: messages, modals opened, modals shown again.
        AssertWithinLimits(chat);
    }

    [Fact]
    public async Task A_FormPostedByOneInstance_OpensAndIsSubmitted_OnAnother()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var other = await SlackBotHost.StartAsync(ct, _host.Slack);
        var here = new SlackChat(_host, "U0E2EBEN", "D0E2EBEN");
        var there = new SlackChat(other, "U0E2EBEN", "D0E2EBEN");
        await here.SayAsync("new rma", "Back up programs and data", ct);
        await here.ClickAsync("checklist.confirm", "Delete private information", ct);
        await here.ClickAsync("checklist.confirm", "Restore factory settings", ct);
        var units = await here.ClickAsync("checklist.confirm", "Products to return", ct);

        var form = await there.OpenFormAsync(units, ct);
        var since = _host.Slack.Calls.Count;
        var answer = await there.SubmitAsync(form, new Dictionary<string, string> { ["serialNumber"] = "", ["model"] = "SAMPLE-TC384" }, ct);

        Assert.Equal("Products to return", (string?)form["title"]!["text"]);
        Assert.Equal("errors", (string?)answer!["response_action"]);
        Assert.Equal(["fault", "labelRemoved", "painted", "serialNumber", "tampered"], answer["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.DoesNotContain(_host.Slack.Calls.Skip(since), c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task A_UserWhoseSlackLocaleIsChinese_IsAnsweredInSimplifiedChinese_AndTheirLocaleIsAskedForOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        _host.Slack.UserLocales["U0E2EZH"] = "zh-CN";
        var chat = new SlackChat(_host, "U0E2EZH", "D0E2EZH");
        var heading = BotText.Get("Welcome_CommandsHeading", BotCulture.SimplifiedChinese);

        var first = await chat.SayAsync("hello", heading, ct);
        await chat.SayAsync("你好", heading, ct);

        Assert.Contains(SlackChat.Buttons(first), b => (string?)b["text"]!["text"] == BotText.Get("Command_NewRma_Button", BotCulture.SimplifiedChinese));
        Assert.Single(_host.Slack.Calls, c => c.Method == "users.info" && c.Argument("user") == "U0E2EZH");
    }

    private int PostCount() => _host.Slack.Calls.Count(c => c.Method == "chat.postMessage");

    private void AssertWithinLimits(SlackChat chat)
    {
        var calls = _host.Slack.Calls;
        Assert.Contains(calls, c => c.Method == "views.open");
        foreach (var call in calls)
        {
            if (call.Arguments["blocks"] is JsonArray blocks)
            {
                Assert.Empty(BlockKitLimits.Check(blocks, BlockKitSurface.Message));
            }

            if (call.Arguments["view"] is JsonObject view)
            {
                Assert.Empty(BlockKitLimits.CheckView(view));
            }
        }

        Assert.NotEmpty(chat.UpdatedViews);
        Assert.All(chat.UpdatedViews, view => Assert.Empty(BlockKitLimits.CheckView(view)));
    }

    private static IEnumerable<JsonObject> Inputs(JsonObject view) =>
        view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input");

    private static JsonObject Input(JsonObject view, string id) => Inputs(view).Single(b => (string?)b["block_id"] == id);
}
