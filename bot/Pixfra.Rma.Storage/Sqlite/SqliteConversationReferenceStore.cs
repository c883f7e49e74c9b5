using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>Latest reference per conversation; a plain upsert because every incoming activity refreshes it.</summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_reference (key, json, etag) VALUES ($key, $json, $etag)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag;
            """,
            cancellationToken,
            ("$key", reference.Key.ToString()),
            ("$json", StorageJson.Serialize(reference)),
            ("$etag", SqliteCommands.NewETag()));
    }

    public async Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "conversation_reference", "key", key.ToString(), cancellationToken);
        return row is { } r ? StorageJson.Deserialize<ConversationReference>(r.Json) : null;
    }
}
