using System.ComponentModel.DataAnnotations;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary><c>Storage:Sqlite</c>: one database file; a relative path is under the host's content root.</summary>
public sealed class SqliteStorageOptions
{
    public const string Section = "Storage:Sqlite";

    [Required]
    public string Path { get; set; } = "App_Data/pixfra-rma.db";

    /// <summary>How long a write waits for another writer's lock before failing.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
