using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

public sealed class SqliteConversationStateStore(SqliteDatabase database) : IConversationStateStore
{
    public async Task<Versioned<T>?> GetAsync<T>(ConversationKey key, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "conversation_state", "key", key.ToString(), cancellationToken);
        return row is { } r ? new Versioned<T>(StorageJson.Deserialize<T>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync<T>(ConversationKey key, T state, string? expectedETag, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(state);
        var json = StorageJson.Serialize(state);
        return await database.WriteAsync(
            CommitDurability.SurvivesProcessCrash,
            connection => SqliteDocuments.WriteAsync(connection, "conversation_state", "key", key.ToString(), json, expectedETag, "conversation state", cancellationToken: cancellationToken),
            cancellationToken);
    }

    public async Task DeleteAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        await connection.ExecuteAsync("DELETE FROM conversation_state WHERE key = $key;", cancellationToken, ("$key", key.ToString()));
    }
}
