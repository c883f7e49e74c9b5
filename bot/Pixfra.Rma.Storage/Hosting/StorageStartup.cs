using Microsoft.Extensions.Hosting;
using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Storage.Hosting;

/// <summary>
/// Creates or migrates the schema (SQLite) or the database and containers (Cosmos) when the host starts, so a bad
/// file, a newer schema or missing rights stop the host with a clear error instead of failing the first turn.
/// </summary>
internal sealed class StorageStartup(IServiceProvider services) : IHostedService
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
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
