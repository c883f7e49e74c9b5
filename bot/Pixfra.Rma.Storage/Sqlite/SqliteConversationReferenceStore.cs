using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Latest reference per conversation. Every incoming activity offers it, but it rarely changes: an unchanged
/// reference is only read (WAL readers do not wait for the writer), so the turn does not queue for the write lock.
/// </summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = reference.Key.ToString();
        var json = StorageJson.Serialize(reference);
        await using (var reader = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken))
        {
            if (await reader.ScalarAsync<string>("SELECT json FROM conversation_reference WHERE key = $key;", cancellationToken, ("$key", key)) == json)
            {
                return;
            }
        }

        await database.WriteAsync(CommitDurability.SurvivesProcessCrash, connection => connection.ExecuteAsync(
            """
            INSERT INTO conversation_reference (key, json, etag) VALUES ($key, $json, $etag)
            ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag
            WHERE conversation_reference.json IS NOT excluded.json;
            """,
            cancellationToken,
            ("$key", key),
            ("$json", json),
            ("$etag", SqliteCommands.NewETag())), cancellationToken);
    }

    public async Task<ConversationReference?> FindAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(CommitDurability.SurvivesProcessCrash, cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "conversation_reference", "key", key.ToString(), cancellationToken);
        return row is { } r ? StorageJson.Deserialize<ConversationReference>(r.Json) : null;
    }
}
