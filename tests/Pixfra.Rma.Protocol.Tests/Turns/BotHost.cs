using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Hosting;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Turns;

/// <summary>
/// A real Kestrel host wired exactly as a product host would be (<c>AddBotProtocol</c> +
/// <c>MapBotMessages</c>), with a <see cref="TestHandler"/> and a <see cref="FakeConnector"/> as serviceUrl.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, FakeConnector connector, TestHandler handler, HttpClient client)
    {
        _app = app;
        Connector = connector;
        Handler = handler;
        Client = client;
    }

    public FakeConnector Connector { get; }

    public TestHandler Handler { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var connector = await FakeConnector.StartAsync();
        var handler = new TestHandler();
        var builder = LoopbackApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["BotConnector:AllowLoopbackHttp"] = "true",
            ["BotConnector:BaseRetryDelay"] = "00:00:00.001",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddBotProtocol(builder.Configuration);
        builder.Services.AddSingleton<IBotHandler>(handler);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapBotMessages();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var client = new HttpClient { BaseAddress = new Uri(address.TrimEnd('/') + "/") };
        return new BotHost(app, connector, handler, client);
    }

    /// <summary>A Teams personal-chat message addressed to this host's fake connector.</summary>
    public Activity Message(string id, string text = "hello", string conversationId = "a:conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Text = text,
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl.AbsoluteUri,
        From = new ChannelAccount { Id = "29:user", Name = "Li Wei", AadObjectId = "aad-user" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Pixfra RMA" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "tenant-1" },
        Locale = "zh-CN",
    };

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? bearer = null) =>
        PostRawAsync(ActivityJson.Serialize(activity), bearer);

    public async Task<HttpResponseMessage> PostRawAsync(string json, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
