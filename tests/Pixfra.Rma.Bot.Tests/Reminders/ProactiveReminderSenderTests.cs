using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Bot.Tests.Reminders;

/// <summary>The host's reminder sender over the real proactive messenger and connector client, the connector stubbed at HTTP.</summary>
public sealed class ProactiveReminderSenderTests
{
    private static readonly RmaNumber Number = RmaNumber.FromEntropy([1, 2, 3, 4, 5]);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ReminderNotice Notice(string channelId, string conversationId) => new(
        new ConversationAddress(channelId, conversationId), Number, ReminderId.DaysBefore(7), IsExpired: false, DaysLeft: 7, new LocalDate(2026, 12, 31),
        [new ReminderUnit("PX384A1B2C3D", "SAMPLE-TC384")]);

    private static ConversationReference Reference(string channelId, string conversationId, string? locale = "en-US") => new(
        channelId, "https://smba.trafficmanager.net/teams/", conversationId, "personal", "tenant-1", "28:bot", "Pixfra RMA", "29:user", "Alex", "aad-1", locale);

    [Theory]
    [InlineData(HttpStatusCode.Created, null, ReminderDeliveryOutcome.Delivered)]
    [InlineData(HttpStatusCode.OK, null, ReminderDeliveryOutcome.Delivered)]
    [InlineData(HttpStatusCode.Forbidden, "ConversationBlockedByUser", ReminderDeliveryOutcome.Unreachable)]
    [InlineData(HttpStatusCode.NotFound, "ConversationNotFound", ReminderDeliveryOutcome.Unreachable)]
    [InlineData(HttpStatusCode.InternalServerError, "ServiceError", ReminderDeliveryOutcome.Failed)]
    [InlineData(HttpStatusCode.BadRequest, "BadArgument", ReminderDeliveryOutcome.Failed)]
    public async Task ConnectorAnswer_IsSortedIntoDeliveredUnreachableOrFailed(HttpStatusCode status, string? errorCode, ReminderDeliveryOutcome expected)
    {
        await using var host = new ReminderHost(new ConnectorStub { Status = status, ErrorCode = errorCode });
        await host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(Reference("msteams", "a:chat-1"), Ct);
        using var scope = host.Services.CreateScope();

        var delivery = await scope.ServiceProvider.GetRequiredService<IReminderSender>().SendAsync(Notice("msteams", "a:chat-1"), Ct);

        Assert.Equal(expected, delivery.Outcome);
        Assert.Equal(expected == ReminderDeliveryOutcome.Delivered ? null : $"{(int)status} {errorCode}", delivery.Detail);
        Assert.Contains(host.Connector.Requests, r => r.Uri.AbsoluteUri == "https://smba.trafficmanager.net/teams/v3/conversations/a%3Achat-1/activities");
    }

    [Fact]
    public async Task ChatTheBotNeverSaw_IsUnreachable_WithoutACall()
    {
        await using var host = new ReminderHost(new ConnectorStub());
        using var scope = host.Services.CreateScope();

        var delivery = await scope.ServiceProvider.GetRequiredService<IReminderSender>().SendAsync(Notice("msteams", "a:never-seen"), Ct);

        Assert.Equal(ReminderDeliveryOutcome.Unreachable, delivery.Outcome);
        Assert.Empty(host.Connector.Requests);
    }

    [Fact]
    public async Task Teams_GetsTheCardInTheChatsLanguage()
    {
        await using var host = new ReminderHost(new ConnectorStub());
        await host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(Reference("msteams", "a:chat-zh", "zh-CN"), Ct);
        using var scope = host.Services.CreateScope();

        await scope.ServiceProvider.GetRequiredService<IReminderSender>().SendAsync(Notice("msteams", "a:chat-zh"), Ct);

        var body = host.Connector.Requests.Single().Body;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["attachments"]![0]!["contentType"]);
        Assert.Contains($"{Number} 还剩 7 天", body["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
    }

    [Fact]
    public async Task Slack_GetsThePlainTextFallback()
    {
        await using var host = new ReminderHost(new ConnectorStub());
        await host.Services.GetRequiredService<IConversationReferenceStore>().SaveAsync(Reference("slack", "B1:T1:C1"), Ct);
        using var scope = host.Services.CreateScope();

        await scope.ServiceProvider.GetRequiredService<IReminderSender>().SendAsync(Notice("slack", "B1:T1:C1"), Ct);

        var body = host.Connector.Requests.Single().Body;
        Assert.Null(body["attachments"]);
        Assert.Contains($"7 days left on {Number}", (string?)body["text"], StringComparison.Ordinal);
    }
}
