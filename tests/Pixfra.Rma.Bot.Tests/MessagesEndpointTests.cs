using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Pixfra.Rma.Bot.Tests;

/// <summary>/api/messages as the host maps it: refusals before any turn runs (PROTOCOL.md §1–2, issue 3).</summary>
public sealed class MessagesEndpointTests
{
    private static readonly Uri Messages = new("/api/messages", UriKind.Relative);

    private static string ValidMessage(string text = "hello") => new JsonObject
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/teams/",
        ["conversation"] = new JsonObject { ["id"] = "a:chat" },
        ["from"] = new JsonObject { ["id"] = "29:user" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["text"] = text,
    }.ToJsonString();

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task OtherMethods_AreRefusedWith405(string method)
    {
        await using var host = BotHostFactory.AuthenticationOff();
        using var client = host.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Messages), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"message\"}")] // no channelId, conversation or serviceUrl
    public async Task MalformedActivities_AreRefusedWith400AndAReasonWithoutAStackTrace(string body)
    {
        await using var host = BotHostFactory.AuthenticationOff();
        using var client = host.CreateClient();

        using var response = await client.PostAsync(Messages, new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedWith413()
    {
        await using var host = BotHostFactory.AuthenticationOff();
        using var client = host.CreateClient();

        using var response = await client.PostAsync(Messages, new StringContent(ValidMessage(new string('x', 2 * 1024 * 1024)), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AuthenticationOn_RequestWithoutAuthorizationHeader_IsRefusedWith401()
    {
        await using var host = BotHostFactory.AuthenticationOn();
        using var client = host.CreateClient();

        using var response = await client.PostAsync(Messages, new StringContent(ValidMessage(), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AuthenticationOn_GarbageBearerToken_IsRefusedWith401()
    {
        await using var host = BotHostFactory.AuthenticationOn();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Messages) { Content = new StringContent(ValidMessage(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer not.a.jwt");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
