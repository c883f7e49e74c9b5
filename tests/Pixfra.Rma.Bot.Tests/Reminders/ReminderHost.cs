using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Bot.Tests.Reminders;

/// <summary>The real host with authentication off and its connector's HTTP traffic going to a <see cref="ConnectorStub"/>.</summary>
/// Each host has a database of its own: the other tests' hosts run the reminder service on the shared one and hold its lease.
internal sealed class ReminderHost(ConnectorStub connector, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private readonly DirectoryInfo _storage = Directory.CreateTempSubdirectory("pixfra-reminder-host-");

    public ConnectorStub Connector => connector;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("MicrosoftAppId", "");

        // These tests drive the sender and the scan themselves.
        builder.UseSetting("Reminders:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Sqlite:Path"] = Path.Combine(_storage.FullName, "rma.db"),
            ["Blobs:FileSystem:Path"] = Path.Combine(_storage.FullName, "blobs"),
        }));
        builder.ConfigureTestServices(services => services.AddHttpClient<IConnectorClient, ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector));
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
            // Pooled connections of hosts running in parallel may still hold the file; the folder is in the temp directory.
        }
    }
}
