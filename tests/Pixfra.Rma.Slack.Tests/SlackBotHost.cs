using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Slack.Tests;

/// <summary>
/// The real bot host on Kestrel (127.0.0.1, a free port) with the Slack app pointed at a fake Slack Web API, and a
/// distributor whose Slack workspace is <see cref="Team"/>. Requests reach it over HTTP, signed as Slack signs them.
/// </summary>
internal sealed class SlackBotHost : IAsyncDisposable
{
    public const string Secret = "slack-e2e-signing-secret";
    public const string Token = "xoxb-slack-e2e-token";
    public const string Team = "T0SLACKE2E";
    public const string DistributorName = "Contoso Thermal (Slack e2e)";

    private readonly Factory _factory;
    private readonly bool _ownsSlack;

    private SlackBotHost(Factory factory, FakeSlackWebApi slack, HttpClient client, bool ownsSlack)
    {
        _factory = factory;
        _ownsSlack = ownsSlack;
        Slack = slack;
        Client = client;
    }

    public FakeSlackWebApi Slack { get; }

    /// <summary>An HTTP client whose base address is the host on 127.0.0.1.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <param name="sharedSlack">Another host's fake, for a second instance of the bot (the storage is shared too).</param>
    public static async Task<SlackBotHost> StartAsync(CancellationToken cancellationToken, FakeSlackWebApi? sharedSlack = null)
    {
        var slack = sharedSlack ?? await FakeSlackWebApi.StartAsync();
        var factory = new Factory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["Slack:SigningSecret"] = Secret,
            ["Slack:BotToken"] = Token,
            ["Slack:WebApiBaseUrl"] = slack.BaseUrl.ToString(),
            ["Slack:AllowLoopbackHttpFiles"] = "true",
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var client = factory.CreateClient();
        var host = new SlackBotHost(factory, slack, client, ownsSlack: sharedSlack is null);
        await host.SeedAsync(cancellationToken);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        if (_ownsSlack)
        {
            await Slack.DisposeAsync();
        }
    }

    // The hosts of one test run share a SQLite file: seed once.
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stations = Services.GetRequiredService<IRepairStationDirectory>();
        if (await stations.GetAsync("st-slack-e2e", cancellationToken) is null)
        {
            await stations.SaveAsync(new RepairStation("st-slack-e2e", "Slack EU Repair Centre", "Berlin", ["EU"]), null, cancellationToken);
        }

        var distributors = Services.GetRequiredService<IDistributorDirectory>();
        if (await distributors.GetAsync("contoso-slack-e2e", cancellationToken) is null)
        {
            await distributors.SaveAsync(
                new Distributor("contoso-slack-e2e", DistributorName, "EU", "st-slack-e2e", "en", [new DistributorIdentity(IdentityKind.SlackTeam, Team)]), null, cancellationToken);
        }
    }

    private sealed class Factory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseUrls("http://127.0.0.1:0");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
