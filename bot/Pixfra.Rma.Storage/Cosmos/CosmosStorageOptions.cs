using System.ComponentModel.DataAnnotations;
using Microsoft.Azure.Cosmos;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// <c>Storage:Cosmos</c>. Without <see cref="Key"/> the bot signs in with its managed identity
/// (DefaultAzureCredential), which is what production uses; a key only ever comes from the environment or a vault.
/// </summary>
public sealed class CosmosStorageOptions
{
    public const string Section = "Storage:Cosmos";

    [Required(ErrorMessage = "Storage:Cosmos:Endpoint is required when Storage:Provider is Cosmos.")]
    public Uri? Endpoint { get; set; }

    [Required(ErrorMessage = "Storage:Cosmos:Database is required when Storage:Provider is Cosmos.")]
    public string? Database { get; set; }

    /// <summary>The account key; null = Microsoft Entra sign-in. Never logged.</summary>
    public string? Key { get; set; }

    public ConnectionMode ConnectionMode { get; set; } = ConnectionMode.Direct;

    /// <summary>Create the database and containers when missing (off when Bicep owns them and the identity may not create).</summary>
    public bool CreateIfNotExists { get; set; } = true;

    /// <summary>How often the SDK retries a request throttled with 429, honouring the server's retry-after.</summary>
    [Range(0, 30)]
    public int MaxRetriesOnThrottling { get; set; } = 9;

    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan MaxRetryWaitOnThrottling { get; set; } = TimeSpan.FromSeconds(30);
}
