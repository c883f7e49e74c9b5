using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Seed;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Storage.Hosting;

/// <summary>
/// Creates or migrates the schema (SQLite) or the database and containers (Cosmos) when the host starts, so a bad
/// file, a newer schema or missing rights stop the host with a clear error instead of failing the first turn;
/// then inserts the configured directory seed (<see cref="SeedOptions"/>).
/// </summary>
internal sealed partial class StorageStartup(IServiceProvider services, IOptions<SeedOptions> seed, ILogger<StorageStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService(typeof(SqliteDatabase)) is SqliteDatabase sqlite)
        {
            await sqlite.EnsureCreatedAsync(cancellationToken);
        }

        if (services.GetService(typeof(CosmosDatabase)) is CosmosDatabase cosmos)
        {
            await cosmos.EnsureCreatedAsync(cancellationToken);
        }

        var seeder = services.GetRequiredService<DirectorySeeder>();
        if (seed.Value.Sample)
        {
            var inserted = await seeder.SeedAsync(DirectorySeed.Sample(), cancellationToken);
            LogSeeded(logger, inserted, "the SAMPLE demo directory");
        }

        if (!string.IsNullOrWhiteSpace(seed.Value.Path))
        {
            var path = ContentRoot.Resolve(services, seed.Value.Path);
            await using var file = File.OpenRead(path);
            var inserted = await seeder.SeedAsync(DirectorySeed.Parse(file), cancellationToken);
            LogSeeded(logger, inserted, path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} new directory entries from {Source}.")]
    private static partial void LogSeeded(ILogger logger, int count, string source);
}
