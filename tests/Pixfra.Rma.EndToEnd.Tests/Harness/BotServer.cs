using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;

namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// The real bot host (Program) on Kestrel at 127.0.0.1 and a port the OS picks, with authentication off
/// (empty MicrosoftAppId) because the Playground sends no token, as the Bot Framework Emulator does.
/// In-process so tests can reach its services (the proactive messenger) as a background job would.
/// </summary>
internal sealed class BotServer : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Extra configuration for this host (e.g. the staff channel of the takeover suite).</param>
    public BotServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    private readonly string _storage = Directory.CreateTempSubdirectory("pixfra-e2e-").FullName;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The bot's clock: real time at start, moved by tests.</summary>
    public FakeClock Clock { get; } = new(SystemClock.Instance.GetCurrentInstant());

    public CapturedLogs Logs { get; } = new();

    public Uri MessagesEndpoint => new(BaseAddress, "api/messages");

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development: the Playground's connector is plain http on loopback.
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("MicrosoftAppPassword", "");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_storage, "rma.db"));
        builder.UseSetting("Blobs:FileSystem:Path", Path.Combine(_storage, "blobs"));

        // Expiry reminders scan every second, so a reminder follows a clock move without slowing the suite.
        builder.UseSetting("Reminders:ScanInterval", "00:00:01");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));

        // The tests move time (RMA countdowns, expiry) instead of waiting for it.
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}
