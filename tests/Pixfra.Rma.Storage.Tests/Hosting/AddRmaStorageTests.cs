using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;
using Pixfra.Rma.Storage.Blobs;
using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Hosting;
using Pixfra.Rma.Storage.Sqlite;
using Pixfra.Rma.Storage.Tests.Servers;

namespace Pixfra.Rma.Storage.Tests.Hosting;

/// <summary>The host picks adapters from configuration, runs with none at all, and stops naming a missing key.</summary>
public sealed class AddRmaStorageTests(CosmosServerFixture cosmos, AzuriteFixture azurite) : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("pixfra-host-");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoConfiguration_RunsOnSqliteAndAFolderUnderTheContentRoot()
    {
        using var host = Build([]);

        await host.StartAsync(Ct);

        Assert.IsType<SqliteConversationStateStore>(host.Services.GetRequiredService<IConversationStateStore>());
        Assert.IsType<SqliteRmaCaseStore>(host.Services.GetRequiredService<IRmaCaseStore>());
        Assert.IsType<FileSystemBlobStore>(host.Services.GetRequiredService<IBlobStore>());
        Assert.True(File.Exists(Path.Combine(_contentRoot.FullName, "App_Data", "pixfra-rma.db")));
        var key = new ConversationKey("msteams", "c1");
        await host.Services.GetRequiredService<IConversationStateStore>().SaveAsync(key, new List<string> { "hello" }, null, Ct);
        Assert.NotNull(await host.Services.GetRequiredService<IConversationStateStore>().GetAsync<List<string>>(key, Ct));
        await host.StopAsync(Ct);
    }

    [Fact]
    public async Task SqlitePath_FromConfiguration_IsUsed()
    {
        using var host = Build(new() { ["Storage:Sqlite:Path"] = "elsewhere/bot.db", ["Blobs:FileSystem:Path"] = "files" });

        await host.StartAsync(Ct);

        Assert.True(File.Exists(Path.Combine(_contentRoot.FullName, "elsewhere", "bot.db")));
        await host.StopAsync(Ct);
    }

    public static TheoryData<Dictionary<string, string?>, string> MissingSettings => new()
    {
        { new() { ["Storage:Provider"] = "Cosmos", ["Storage:Cosmos:Database"] = "rma" }, "Storage:Cosmos:Endpoint" },
        { new() { ["Storage:Provider"] = "Cosmos", ["Storage:Cosmos:Endpoint"] = "https://example.documents.azure.com/" }, "Storage:Cosmos:Database" },
        { new() { ["Blobs:Provider"] = "AzureBlob" }, "Blobs:AzureBlob:ConnectionString" },
        { new() { ["Blobs:Provider"] = "AzureBlob", ["Blobs:AzureBlob:ServiceUri"] = "https://x.blob.core.windows.net", ["Blobs:AzureBlob:ContainerName"] = "Bad_Name" }, "Blobs:AzureBlob:ContainerName" },
        { new() { ["Storage:Sqlite:Path"] = " " }, "Path" },
    };

    [Theory]
    [MemberData(nameof(MissingSettings))]
    public async Task MissingSetting_StopsTheHostNamingTheKey(Dictionary<string, string?> settings, string key)
    {
        using var host = Build(settings);

        var error = await Assert.ThrowsAnyAsync<OptionsValidationException>(() => host.StartAsync(Ct));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Storage:Provider", "Mongo")]
    [InlineData("Blobs:Provider", "Dropbox")]
    public void UnknownProvider_IsRefusedNamingTheKey(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Build(new() { [key] = value }));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CosmosAndAzureBlob_FromConfiguration_AreUsedAndWork()
    {
        using var client = cosmos.CreateClient();
        using var host = Build(
            new()
            {
                ["Storage:Provider"] = "cosmos",
                ["Storage:Cosmos:Endpoint"] = cosmos.Endpoint.ToString(),
                ["Storage:Cosmos:Database"] = $"host-{Guid.NewGuid():N}",
                ["Blobs:Provider"] = "AzureBlob",
                ["Blobs:AzureBlob:ConnectionString"] = azurite.ConnectionString,
                ["Blobs:AzureBlob:ContainerName"] = "host-evidence",
            },
            services => services.AddSingleton(client));

        await host.StartAsync(Ct);

        Assert.IsType<CosmosProcessedActivityStore>(host.Services.GetRequiredService<IProcessedActivityStore>());
        Assert.IsType<CosmosRmaCaseStore>(host.Services.GetRequiredService<IRmaCaseStore>());
        Assert.True(await host.Services.GetRequiredService<IProcessedActivityStore>()
            .TryClaimAsync(new ActivityKey("msteams", "c", "1"), DateTimeOffset.UtcNow.AddMinutes(5), Ct));
        var blobs = Assert.IsType<AzureBlobStore>(host.Services.GetRequiredService<IBlobStore>());
        var reference = await blobs.PutAsync(new MemoryStream([1, 2, 3]), "image/png", 10, Ct);
        Assert.True(await blobs.ExistsAsync(reference.Name, Ct));
        await host.StopAsync(Ct);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _contentRoot.Delete(recursive: true);
    }

    private IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? before = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.FullName });
        builder.Configuration.AddInMemoryCollection(settings);
        before?.Invoke(builder.Services);
        builder.Services.AddRmaStorage(builder.Configuration);
        return builder.Build();
    }
}
