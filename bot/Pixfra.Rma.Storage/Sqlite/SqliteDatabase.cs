using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// The database file: hands out open connections (pooled by the driver) with the per-connection settings, and
/// brings the schema up to date once before the first one. One connection per operation keeps concurrent turns
/// independent; SQLite serialises writers and the busy timeout makes a writer wait instead of failing.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The writer semaphore is only awaited, so it never allocates a wait handle; nothing to release.")]
public sealed class SqliteDatabase
{
    // SQLite has one writer. Writers of this process queue here, in order, instead of polling the file lock in
    // SQLite's busy handler (which sleeps 1 to 100 ms between tries and lets newcomers overtake); the busy timeout
    // still covers another process on the same file.
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly string _connectionString;
    private readonly int _busyTimeoutMs;
    private readonly Lazy<Task> _migrated;
    private readonly ConditionalWeakTable<sqlite3, ConnectionSettings> _settings = new();

    public SqliteDatabase(string path, TimeSpan busyTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        FilePath = System.IO.Path.GetFullPath(path);
        _busyTimeoutMs = checked((int)busyTimeout.TotalMilliseconds);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = checked((int)Math.Ceiling(busyTimeout.TotalSeconds)),
        }.ToString();
        _migrated = new Lazy<Task>(() => CreateAndMigrateAsync(CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string FilePath { get; }

    /// <summary>An open connection to an up-to-date schema whose commits survive a power cut.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenAsync(CommitDurability.SurvivesPowerLoss, cancellationToken);

    /// <summary>An open connection to an up-to-date schema, with commits as durable as asked.</summary>
    public async Task<SqliteConnection> OpenAsync(CommitDurability durability, CancellationToken cancellationToken)
    {
        await _migrated.Value.WaitAsync(cancellationToken);
        return await OpenRawAsync(durability, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="write"/> on its own connection as this process's only writer at that moment. For the
    /// writes every turn makes; a write outside it is still correct, it just waits on the file lock instead.
    /// </summary>
    public async Task<T> WriteAsync<T>(CommitDurability durability, Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        await _migrated.Value.WaitAsync(cancellationToken);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenRawAsync(durability, cancellationToken);
            return await write(connection);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Creates or migrates the schema now (the host calls this at start so a bad file fails fast).</summary>
    public Task EnsureCreatedAsync(CancellationToken cancellationToken) => _migrated.Value.WaitAsync(cancellationToken);

    private Task CreateAndMigrateAsync(CancellationToken cancellationToken)
    {
        // Once, before the first connection: the folder of a new file (a fresh laptop, a temp folder in tests).
        var directory = System.IO.Path.GetDirectoryName(FilePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return SqliteMigrator.MigrateAsync(this, cancellationToken);
    }

    internal async Task<SqliteConnection> OpenRawAsync(CommitDurability durability, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // A pooled connection keeps its settings, so they are stated once per physical connection, and
            // synchronous again only when this use asks for another durability than the last one.
            var applied = _settings.GetOrCreateValue(connection.Handle!);
            if (applied.Durability != durability)
            {
                var synchronous = $"PRAGMA synchronous = {(durability == CommitDurability.SurvivesPowerLoss ? "FULL" : "NORMAL")};";
                await connection.ExecuteAsync(
                    applied.Durability is null ? $"PRAGMA busy_timeout = {_busyTimeoutMs}; PRAGMA foreign_keys = ON; {synchronous}" : synchronous,
                    cancellationToken);
                applied.Durability = durability;
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>What was set on one physical connection (used by one <see cref="SqliteConnection"/> at a time).</summary>
    private sealed class ConnectionSettings
    {
        public CommitDurability? Durability { get; set; }
    }
}
