using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Tests.Turns;

namespace Pixfra.Rma.Protocol.Tests.Proactive;

public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await BotHost.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IProactiveMessenger Messenger => _host.Services.GetRequiredService<IProactiveMessenger>();

    [Fact]
    public async Task SendAsync_ReachesAConversationSeenBefore_AddressedFromItsReference()
    {
        _host.Handler.OnTurn = (_, _) => Task.FromResult<InvokeResponse?>(null);
        (await _host.PostAsync(_host.Message("seen", conversationId: "a:proactive"))).Dispose();

        var response = await Messenger.SendAsync(new ConversationKey("msteams", "a:proactive"), new Activity { Text = "your RMA expires tomorrow" }, Ct);

        var request = Assert.Single(_host.Connector.Snapshot());
        Assert.Equal("POST", request.Method);
        Assert.Equal("/connector/v3/conversations/a%3Aproactive/activities", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("a:proactive", (string?)body["conversation"]!["id"]);
        Assert.Equal("tenant-1", (string?)body["conversation"]!["tenantId"]);
        Assert.Equal("28:bot", (string?)body["from"]!["id"]);
        Assert.Equal("29:user", (string?)body["recipient"]!["id"]);
        Assert.Null(body["serviceUrl"]);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task SendAsync_ToAnUnknownConversation_Throws()
    {
        var error = await Assert.ThrowsAsync<UnknownConversationException>(() =>
            Messenger.SendAsync(new ConversationKey("msteams", "a:never"), new Activity { Text = "hi" }, Ct));

        Assert.Equal(new ConversationKey("msteams", "a:never"), error.Conversation);
        Assert.Empty(_host.Connector.Requests);
    }

    [Fact]
    public async Task UpdateAsync_ReplacesAnEarlierMessage()
    {
        _host.Handler.OnTurn = (_, _) => Task.FromResult<InvokeResponse?>(null);
        (await _host.PostAsync(_host.Message("seen", conversationId: "19:staff@thread.tacv2"))).Dispose();

        await Messenger.UpdateAsync(new ConversationKey("msteams", "19:staff@thread.tacv2"), "1763", new Activity { Text = "claimed" }, Ct);

        var request = Assert.Single(_host.Connector.Snapshot());
        Assert.Equal("PUT /connector/v3/conversations/19%3Astaff%40thread.tacv2/activities/1763", $"{request.Method} {request.RawTarget}");
    }

    [Fact]
    public async Task CreateConversation_InAStaffChannel_SavesItsReference_ForLaterSends()
    {
        _host.Connector.Answer(201, """{"id":"19:staff@thread.tacv2;messageid=42","activityId":"42"}""");

        var created = await Messenger.CreateConversationAsync("msteams", _host.Connector.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = "28:bot", Name = "Pixfra RMA" },
            ChannelData = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = "19:staff@thread.tacv2" },
                ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            },
            Activity = new Activity { Type = ActivityTypes.Message, Text = "RMA-2026-000123 needs a human" },
        }, Ct);
        await Messenger.SendAsync(created.Reference.Key, new Activity { Text = "follow-up" }, Ct);

        Assert.Equal("42", created.ActivityId);
        Assert.Equal(new ConversationReference("msteams", _host.Connector.ServiceUrl.AbsoluteUri, "19:staff@thread.tacv2;messageid=42",
            "channel", "tenant-1", "28:bot", "Pixfra RMA", null, null, null, null), created.Reference);
        Assert.Equal(
            ["POST /connector/v3/conversations", "POST /connector/v3/conversations/19%3Astaff%40thread.tacv2%3Bmessageid%3D42/activities"],
            _host.Connector.Snapshot().Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal("19:staff@thread.tacv2", (string?)JsonNode.Parse(_host.Connector.Snapshot()[0].Body)!["channelData"]!["channel"]!["id"]);
    }
}
