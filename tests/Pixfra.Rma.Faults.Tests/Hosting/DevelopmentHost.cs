using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Pixfra.Rma.Faults.Tests.Hosting;

/// <summary>
/// The real host in memory as a developer runs it (Development: demo distributor, loopback http for downloads and
/// the connector), authentication off, its own SQLite file and blob folder, reminders off.
/// </summary>
internal sealed class DevelopmentHost(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly string _storage = Directory.CreateTempSubdirectory("pixfra-faults-").FullName;

    public Uri Messages { get; } = new("/api/messages", UriKind.Relative);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("MicrosoftAppId", "");
        builder.UseSetting("Storage:Sqlite:Path", Path.Combine(_storage, "rma.db"));
        builder.UseSetting("Blobs:FileSystem:Path", Path.Combine(_storage, "blobs"));
        builder.UseSetting("Reminders:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
