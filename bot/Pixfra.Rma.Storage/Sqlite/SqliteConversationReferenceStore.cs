using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Latest reference per conversation. The endpoint skips references it saved lately (RecentConversationReferences),
/// so this is reached rarely; an unchanged reference still rewrites nothing.
/// </summary>
public sealed class SqliteConversationReferenceStore(SqliteDatabase database) : IConversationReferenceStore
{
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var key = reference.Key.ToString();
        var json = StorageJson.Serialize(reference);
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
