using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Background;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Protocol.Turns;
using Pixfra.Rma.Storage.Blobs;
using Pixfra.Rma.Storage.Cosmos;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Storage.Hosting;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers every store port. <c>Storage:Provider</c> = Sqlite (default: one file under the content root, no
    /// settings needed) or Cosmos; <c>Blobs:Provider</c> = FileSystem (default) or AzureBlob. Settings are validated
    /// when the host starts, and a missing one stops it with a message naming the key.
    /// </summary>
    public static IServiceCollection AddRmaStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<StorageStartup>();

        switch (ReadProvider<StorageProvider>(configuration, "Storage:Provider", StorageProvider.Sqlite))
        {
            case StorageProvider.Sqlite:
                AddSqlite(services, configuration);
                break;
            case StorageProvider.Cosmos:
                AddCosmos(services, configuration);
                break;
        }

        AddBlobs(services, configuration, ReadProvider<BlobProvider>(configuration, "Blobs:Provider", BlobProvider.FileSystem));
        services.AddSingleton<ShipmentImporter>();
        return services;
    }

    private static void AddSqlite(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SqliteStorageOptions>().Bind(configuration.GetSection(SqliteStorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteStorageOptions>>().Value;
            return new SqliteDatabase(ContentRoot.Resolve(sp, options.Path), options.BusyTimeout);
        });
        services.AddSingleton<IConversationStateStore, SqliteConversationStateStore>();
        services.AddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        services.AddSingleton<SqliteProcessedActivityStore>();
        services.AddSingleton<IProcessedActivityStore>(sp => sp.GetRequiredService<SqliteProcessedActivityStore>());
        services.AddSingleton<IProcessedActivityPurge>(sp => sp.GetRequiredService<SqliteProcessedActivityStore>());
        services.AddSingleton<ILeaseStore, SqliteLeaseStore>();
        services.AddSingleton<IDistributorDirectory, SqliteDistributorDirectory>();
        services.AddSingleton<IStaffDirectory, SqliteStaffDirectory>();
        services.AddSingleton<IRepairStationDirectory, SqliteRepairStationDirectory>();
        services.AddSingleton<IShipmentRegistry, SqliteShipmentRegistry>();
        services.AddSingleton<IRmaCaseStore, SqliteRmaCaseStore>();
        services.AddSingleton<ISupportRequestStore, SqliteSupportRequestStore>();
        services.AddSingleton<IReminderLog, SqliteReminderLog>();
        services.AddSingleton<IHandoffStore, SqliteHandoffStore>();
    }

    private static void AddCosmos(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CosmosStorageOptions>().Bind(configuration.GetSection(CosmosStorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();

        // TryAdd: a test (or a future Aspire integration) may bring its own configured client.
        services.TryAddSingleton(sp => CosmosClientFactory.Create(sp.GetRequiredService<IOptions<CosmosStorageOptions>>().Value));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CosmosStorageOptions>>().Value;
            return new CosmosDatabase(sp.GetRequiredService<CosmosClient>(), options.Database!, options.CreateIfNotExists);
        });
        services.AddSingleton<IConversationStateStore, CosmosConversationStateStore>();
        services.AddSingleton<IConversationReferenceStore, CosmosConversationReferenceStore>();
        services.AddSingleton<CosmosProcessedActivityStore>();
        services.AddSingleton<IProcessedActivityStore>(sp => sp.GetRequiredService<CosmosProcessedActivityStore>());
        services.AddSingleton<IProcessedActivityPurge>(sp => sp.GetRequiredService<CosmosProcessedActivityStore>());
        services.AddSingleton<ILeaseStore, CosmosLeaseStore>();
        services.AddSingleton<IDistributorDirectory, CosmosDistributorDirectory>();
        services.AddSingleton<IStaffDirectory, CosmosStaffDirectory>();
        services.AddSingleton<IRepairStationDirectory, CosmosRepairStationDirectory>();
        services.AddSingleton<IShipmentRegistry, CosmosShipmentRegistry>();
        services.AddSingleton<IRmaCaseStore, CosmosRmaCaseStore>();
        services.AddSingleton<ISupportRequestStore, CosmosSupportRequestStore>();
        services.AddSingleton<IReminderLog, CosmosReminderLog>();
        services.AddSingleton<IHandoffStore, CosmosHandoffStore>();
    }

    private static void AddBlobs(IServiceCollection services, IConfiguration configuration, BlobProvider provider)
    {
        services.AddOptions<BlobStorageOptions>().Bind(configuration.GetSection(BlobStorageOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BlobStorageOptions>, BlobStorageOptionsValidator>();
        if (provider == BlobProvider.FileSystem)
        {
            services.AddSingleton<IBlobStore>(sp =>
                new FileSystemBlobStore(ContentRoot.Resolve(sp, sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.FileSystem.Path)));
            return;
        }

        services.AddSingleton<IBlobStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BlobStorageOptions>>().Value.AzureBlob;
            var service = string.IsNullOrWhiteSpace(options.ConnectionString)
                ? new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential())
                : new BlobServiceClient(options.ConnectionString);
            return new AzureBlobStore(service.GetBlobContainerClient(options.ContainerName));
        });
    }

    private static T ReadProvider<T>(IConfiguration configuration, string key, T fallback)
        where T : struct, Enum
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return Enum.TryParse<T>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new OptionsValidationException(key, typeof(T), [$"{key} must be one of {string.Join(", ", Enum.GetNames<T>())}; it is '{value}'."]);
    }
}
