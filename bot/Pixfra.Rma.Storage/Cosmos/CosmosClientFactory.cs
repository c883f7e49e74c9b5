using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// The one place a <see cref="CosmosClient"/> is built: our System.Text.Json serializer, the SDK's 429 retries
/// (it waits the server's retry-after), and a key or Microsoft Entra sign-in.
/// </summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosStorageOptions options, Action<CosmosClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Storage:Cosmos:Endpoint is required when Storage:Provider is Cosmos.");
        var clientOptions = new CosmosClientOptions
        {
            ApplicationName = "pixfra-rma-bot",
            Serializer = new CosmosSystemTextJsonSerializer(),
            ConnectionMode = options.ConnectionMode,
            MaxRetryAttemptsOnRateLimitedRequests = options.MaxRetriesOnThrottling,
            MaxRetryWaitTimeOnRateLimitedRequests = options.MaxRetryWaitOnThrottling,
        };
        configure?.Invoke(clientOptions);
        return string.IsNullOrEmpty(options.Key)
            ? new CosmosClient(endpoint.ToString(), new DefaultAzureCredential(), clientOptions)
            : new CosmosClient(endpoint.ToString(), options.Key, clientOptions);
    }
}
