using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

public sealed class SqliteSupportRequestStore(SqliteDatabase database) : ISupportRequestStore
{
    public async Task AddAsync(SupportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO support_request (id, created_at, json) VALUES ($id, $createdAt, $json) ON CONFLICT (id) DO NOTHING;",
            cancellationToken,
            ("$id", request.Id),
            ("$createdAt", request.CreatedAt.ToUnixTimeMilliseconds()),
            ("$json", StorageJson.Serialize(request)));
    }

    public async Task<IReadOnlyList<SupportRequest>> ListRecentAsync(int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT json FROM support_request ORDER BY created_at DESC, id DESC LIMIT $count;",
            r => StorageJson.Deserialize<SupportRequest>(r.GetString(0)),
            cancellationToken,
            ("$count", count));
    }
}
