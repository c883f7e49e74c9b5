using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Storage.Tests.Servers;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Bench;

/// <summary>
/// The real bot (Program) on Kestrel at 127.0.0.1, Development (demo distributor, loopback downloads), SQLite in a
/// temporary folder, plus /bench/bare in the same host: it only parses the activity and answers a fixed reply (the ceiling;
/// with <c>?work-us=N</c> it first keeps the thread busy for N microseconds).
/// </summary>
internal sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly CosmosServerFixture? _cosmos;
    private readonly bool _photoCheck;

    /// <param name="cosmos">Storage in the Cosmos DB compatible server instead of SQLite (blobs stay on the file system).</param>
    /// <param name="photoCheck">False: files are accepted without decoding (<see cref="UncheckedEvidence"/>).</param>
    public BenchHost(CosmosServerFixture? cosmos = null, bool photoCheck = true)
    {
        _cosmos = cosmos;
        _photoCheck = photoCheck;
        // The bench is not in the solution, so WebApplicationFactory cannot find the bot's folder by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PIXFRA_RMA_BOT", RepositoryPaths.InRoot("bot", "Pixfra.Rma.Bot"));
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string Storage { get; } = Directory.CreateTempSubdirectory("pixfra-bench-").FullName;

    /// <summary>How the bench rows name this host.</summary>
    public string Label => (_cosmos is null ? "bot, SQLite" : "bot, Cosmos server") + (_photoCheck ? string.Empty : ", photo check excluded");

    public Uri BaseAddress { get; private set; } = null!;

    public void Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        BaseAddress = new Uri(address + "/");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Storage, recursive: true); // 100,000 cases are ~430 MB
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(Storage, "rma.db"));
        builder.UseSetting("Blobs:FileSystem:Path", Path.Combine(Storage, "blobs"));
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning"); // a log line per turn would be part of what is measured
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        if (_cosmos is not null)
        {
            builder.UseSetting("Storage:Provider", "Cosmos");
            builder.UseSetting("Storage:Cosmos:Endpoint", _cosmos.Endpoint.AbsoluteUri);
            builder.UseSetting("Storage:Cosmos:Database", "rma-bench");
            builder.UseSetting("Storage:Cosmos:ConnectionMode", "Gateway");
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, BareEndpoint>());
        builder.ConfigureTestServices(services =>
        {
            if (_cosmos is not null)
            {
                services.AddSingleton(_ => _cosmos.CreateClient()); // trusts the server's throw-away certificate
            }

            if (!_photoCheck)
            {
                services.AddSingleton<IEvidenceInspector, UncheckedEvidence>();
            }
        });
    }

    private sealed class BareEndpoint : IStartupFilter
    {
        private static readonly byte[] Reply = JsonSerializer.SerializeToUtf8Bytes(new { activities = new[] { new { type = "message", text = "ok" } } });

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/bench/bare", bare => bare.Run(async context =>
            {
                var activity = await JsonSerializer.DeserializeAsync<Activity>(context.Request.Body, ActivityJson.Options, context.RequestAborted);
                if (context.Request.Query["work-us"] is [{ } work])
                {
                    Spin(TimeSpan.FromMicroseconds(int.Parse(work, System.Globalization.CultureInfo.InvariantCulture)));
                }

                context.Response.StatusCode = activity is null ? 400 : 200;
                context.Response.ContentType = "application/json";
                await context.Response.Body.WriteAsync(Reply, context.RequestAborted);
            }));
            next(app);
        };

        /// <summary>
        /// Keeps this thread busy for <paramref name="work"/>, as a turn's own work (state, flow, card) would:
        /// <c>?work-us=</c> measures what a turn may cost for the endpoint to stay at a given share of the bare one.
        /// </summary>
        private static void Spin(TimeSpan work)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            while (System.Diagnostics.Stopwatch.GetElapsedTime(started) < work)
            {
            }
        }
    }
}
