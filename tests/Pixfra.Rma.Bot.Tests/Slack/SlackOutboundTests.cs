using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.BlockKit;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests.Slack;

/// <summary>
/// Messages to other conversations whose key is the Slack app's go through the Slack Web API (the fake on
/// 127.0.0.1), not the Bot Framework connector: posts, thread replies, DMs opened first, updates in place; and
/// Slack's errors are sorted like the connector's.
/// </summary>
public sealed class SlackOutboundTests : IAsyncLifetime
{
    private static readonly RmaNumber Number = RmaNumber.FromEntropy([9, 8, 7, 6, 5]);
    private FakeSlackWebApi _slack = null!;
    private SlackAppHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _slack = await FakeSlackWebApi.StartAsync();
        _host = new SlackAppHost(_slack, new FakeClock(Instant.FromUtc(2026, 12, 2, 1, 0)));
        _host.CreateClient().Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    public static TheoryData<string, string, string?> Sends => new()
    {
        // key, the channel posted to, thread_ts
        { "T0CONTOSO:D0ANA", "D0ANA", null },
        { "T0PIXFRA:C0STAFF/1764600000.000007", "C0STAFF", "1764600000.000007" },
        { "T0CONTOSO:U0ANA", "DU0ANA", null },
    };

    [Theory]
    [MemberData(nameof(Sends))]
    public async Task Send_ToASlackAppConversation_IsAChatPostMessage_InTheRightChannelAndThread(string key, string channel, string? threadTs)
    {
        await DeliverAsync(OutboundMessage.Send(new ConversationKey("slack", key), Reply.OfText("Support (Li): a <b>reply</b> & more")));

        var post = (await _slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Equal((channel, threadTs, "Bearer " + SlackAppHost.Token), (post.Argument("channel"), post.Argument("thread_ts"), post.Authorization));
        Assert.Equal("Support (Li): a &lt;b&gt;reply&lt;/b&gt; &amp; more", post.Argument("text"));
        Assert.Empty(BlockKitLimits.Check(post.Arguments["blocks"]!.AsArray(), BlockKitSurface.Message));
        Assert.Equal(key.Contains(":U", StringComparison.Ordinal), _slack.Calls.Any(c => c.Method == "conversations.open" && c.Argument("users") == "U0ANA"));
    }

    [Fact]
    public async Task Update_OfACardInAThread_IsAChatUpdate_OfThatMessage()
    {
        await DeliverAsync(OutboundMessage.Update(new ConversationKey("slack", "T0PIXFRA:C0STAFF/1764600000.000007"), "1764600000.000007", Reply.OfText("claimed")));

        var update = (await _slack.WaitForAsync(c => c.Method == "chat.update"))[0];
        Assert.Equal(("C0STAFF", "1764600000.000007", "claimed"), (update.Argument("channel"), update.Argument("ts"), update.Argument("text")));
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Theory]
    [InlineData(200, """{"ok":true,"ts":"1.2"}""", ReminderDeliveryOutcome.Delivered, null)]
    [InlineData(200, """{"ok":false,"error":"channel_not_found"}""", ReminderDeliveryOutcome.Unreachable, "slack channel_not_found")]
    [InlineData(200, """{"ok":false,"error":"not_in_channel"}""", ReminderDeliveryOutcome.Unreachable, "slack not_in_channel")]
    [InlineData(200, """{"ok":false,"error":"account_inactive"}""", ReminderDeliveryOutcome.Unreachable, "slack account_inactive")]
    [InlineData(200, """{"ok":false,"error":"user_not_found"}""", ReminderDeliveryOutcome.Unreachable, "slack user_not_found")]
    [InlineData(200, """{"ok":false,"error":"internal_error"}""", ReminderDeliveryOutcome.Failed, "slack internal_error")]
    [InlineData(503, null, ReminderDeliveryOutcome.Failed, "slack HTTP 503")]
    public async Task ReminderToASlackDm_IsSortedLikeTheConnectorsAnswers(int status, string? body, ReminderDeliveryOutcome expected, string? detail)
    {
        _slack.Answer(status, body);

        var delivery = await SendReminderAsync();

        Assert.Equal((expected, detail), (delivery.Outcome, delivery.Detail));
        Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
    }

    [Fact]
    public async Task Reminder_RateLimitedOnce_IsRetriedAfterRetryAfter_AndDelivered()
    {
        _slack.Answer(429, retryAfter: "0");

        var delivery = await SendReminderAsync();

        Assert.Equal(ReminderDeliveryOutcome.Delivered, delivery.Outcome);
        Assert.Equal(2, _slack.Calls.Count(c => c.Method == "chat.postMessage"));
    }

    [Fact]
    public async Task Reminder_InASlackDm_IsBlockKit_WithTheNumberAndItsUnits()
    {
        await SendReminderAsync();

        var post = _slack.Calls.Single(c => c.Method == "chat.postMessage");
        Assert.Equal("D0ANA", post.Argument("channel"));
        Assert.Contains($"7 days left on {Number}", post.Argument("text"), StringComparison.Ordinal);
        Assert.Contains("PX384A1B2C3D", post.Arguments["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(BlockKitLimits.Check(post.Arguments["blocks"]!.AsArray(), BlockKitSurface.Message));
    }

    private async Task DeliverAsync(OutboundMessage message)
    {
        using var scope = _host.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OutboundDelivery>().DeliverAsync([message], Ct);
    }

    private async Task<ReminderDelivery> SendReminderAsync()
    {
        using var scope = _host.Services.CreateScope();
        var notice = new ReminderNotice(
            new ConversationAddress("slack", "T0CONTOSO:D0ANA"), Number, ReminderId.DaysBefore(7), IsExpired: false, DaysLeft: 7, new LocalDate(2026, 12, 31),
            [new ReminderUnit("PX384A1B2C3D", "SAMPLE-TC384")]);
        return await scope.ServiceProvider.GetRequiredService<IReminderSender>().SendAsync(notice, Ct);
    }
}
