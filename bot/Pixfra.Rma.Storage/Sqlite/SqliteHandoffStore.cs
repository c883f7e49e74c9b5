using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>Handoffs as JSON rows with indexed columns for the queue, the staff thread and the distributor's chat.</summary>
public sealed class SqliteHandoffStore(SqliteDatabase database) : IHandoffStore
{
    internal const string WaitingSql =
        "SELECT json, etag, created_at, id FROM handoff WHERE state = $state " +
        "AND ($afterValue IS NULL OR (created_at, id) > ($afterValue, $afterId)) ORDER BY created_at, id LIMIT $limit;";

    internal const string ByStaffThreadSql = "SELECT json, etag FROM handoff WHERE staff_thread = $thread ORDER BY created_at DESC LIMIT 1;";

    internal const string ActiveByDistributorSql =
        "SELECT json, etag FROM handoff WHERE distributor_conversation = $conversation AND state IN ('Waiting', 'Claimed') ORDER BY created_at DESC LIMIT 1;";

    public async Task<Versioned<Handoff>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "handoff", "id", id, cancellationToken);
        return row is { } r ? new Versioned<Handoff>(StorageJson.Deserialize<Handoff>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync(Handoff handoff, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handoff);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteDocuments.WriteAsync(
            connection, "handoff", "id", handoff.Id, StorageJson.Serialize(handoff), expectedETag, "handoff",
            [
                ("state", handoff.State.ToString()),
                ("created_at", handoff.CreatedAt.ToUnixTimeMilliseconds()),
                ("distributor_conversation", handoff.DistributorConversation.ToString()),
                ("staff_thread", handoff.StaffThread?.ToString()),
            ],
            cancellationToken: cancellationToken);
    }

    public async Task<Page<Versioned<Handoff>>> ListWaitingAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Validate();
        var after = SqlitePageToken.Decode(page.ContinuationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            WaitingSql,
            r => (Handoff: new Versioned<Handoff>(StorageJson.Deserialize<Handoff>(r.GetString(0)), r.GetString(1)), CreatedAt: r.GetInt64(2), Id: r.GetString(3)),
            cancellationToken,
            ("$state", nameof(HandoffState.Waiting)), ("$afterValue", after?.SortValue), ("$afterId", after?.Number), ("$limit", page.Size + 1));
        if (rows.Count <= page.Size)
        {
            return new Page<Versioned<Handoff>>([.. rows.Select(r => r.Handoff)], null);
        }

        var last = rows[page.Size - 1];
        return new Page<Versioned<Handoff>>([.. rows.Take(page.Size).Select(r => r.Handoff)], SqlitePageToken.Encode(last.CreatedAt, last.Id));
    }

    public Task<Versioned<Handoff>?> FindByStaffThreadAsync(ConversationKey thread, CancellationToken cancellationToken) =>
        FindAsync(ByStaffThreadSql, ("$thread", thread?.ToString()), cancellationToken);

    public Task<Versioned<Handoff>?> FindActiveByDistributorConversationAsync(ConversationKey conversation, CancellationToken cancellationToken) =>
        FindAsync(ActiveByDistributorSql, ("$conversation", conversation?.ToString()), cancellationToken);

    private async Task<Versioned<Handoff>?> FindAsync(string sql, (string, object?) parameter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameter.Item2);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(sql, r => new Versioned<Handoff>(StorageJson.Deserialize<Handoff>(r.GetString(0)), r.GetString(1)), cancellationToken, parameter);
        return rows.Count == 0 ? null : rows[0];
    }
}
