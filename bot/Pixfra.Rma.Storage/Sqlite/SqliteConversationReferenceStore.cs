using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Latest reference per conversation. Every incoming activity offers it, but it rarely changes: an unchanged
/// reference writes nothing, so the turn does not pay a commit (and an fsync) for it.
/// </summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO conversation_reference (key, json, etag) VALUES ($key, $json, $etag)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
            WHERE conversation_reference.json IS NOT excluded.json;
            """,
            cancellationToken,
            ("$key", reference.Key.ToString()),
            ("$json", StorageJson.Serialize(reference)),
            ("$etag", SqliteCommands.NewETag()));
    }

    public async Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "conversation_reference", "key", key.ToString(), cancellationToken);
        return row is { } r ? StorageJson.Deserialize<ConversationReference>(r.Json) : null;
    }
}
