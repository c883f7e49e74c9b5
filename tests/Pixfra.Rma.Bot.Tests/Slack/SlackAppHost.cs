using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Testing.Slack;

namespace Pixfra.Rma.Bot.Tests.Slack;

/// <summary>
/// The real host with the Slack app pointed at a <see cref="FakeSlackWebApi"/>, a database of its own and a clock the
/// test moves. The reminder service does not run by itself: tests run its scan.
/// </summary>
internal sealed class SlackAppHost(FakeSlackWebApi slack, FakeClock clock, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string Secret = "slack-outbound-signing-secret";
    public const string Token = "xoxb-slack-outbound-token";

    private readonly DirectoryInfo _storage = Directory.CreateTempSubdirectory("pixfra-slack-host-");

    public FakeClock Clock => clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Slack:SigningSecret", Secret);
        builder.UseSetting("Slack:BotToken", Token);
        builder.UseSetting("Slack:WebApiBaseUrl", slack.BaseUrl.ToString());
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_storage.FullName, "rma.db"),
            ["Blobs:FileSystem:Path"] = Path.Combine(_storage.FullName, "blobs"),
        }));
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            _storage.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Pooled connections may still hold the file; the folder is in the temp directory.
        }
    }
}
