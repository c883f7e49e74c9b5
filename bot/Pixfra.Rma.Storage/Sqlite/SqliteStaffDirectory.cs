using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

public sealed class SqliteStaffDirectory(SqliteDatabase database) : IStaffDirectory
{
    public async Task<Versioned<StaffMember>?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await SqliteDocuments.GetAsync(connection, "staff_member", "id", id, cancellationToken);
        return row is { } r ? new Versioned<StaffMember>(StorageJson.Deserialize<StaffMember>(r.Json), r.ETag) : null;
    }

    public async Task<string> SaveAsync(StaffMember member, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        await using var connection = await database.OpenAsync(cancellationToken);
        return await SqliteDocuments.WriteAsync(
            connection, "staff_member", "id", member.Id, StorageJson.Serialize(member), expectedETag, "staff member",
            [("entra_object_id", member.EntraObjectId), ("slack_user_id", member.SlackUserId)],
            cancellationToken: cancellationToken);
    }

    public async Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT json FROM staff_member ORDER BY id;", r => StorageJson.Deserialize<StaffMember>(r.GetString(0)), cancellationToken);
    }

    public Task<StaffMember?> FindByEntraObjectIdAsync(string entraObjectId, CancellationToken cancellationToken) =>
        FindAsync("SELECT json FROM staff_member WHERE entra_object_id = $value ORDER BY id LIMIT 1;", entraObjectId, cancellationToken);

    public Task<StaffMember?> FindBySlackUserIdAsync(string slackUserId, CancellationToken cancellationToken) =>
        FindAsync("SELECT json FROM staff_member WHERE slack_user_id = $value ORDER BY id LIMIT 1;", slackUserId, cancellationToken);

    private async Task<StaffMember?> FindAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(sql, r => StorageJson.Deserialize<StaffMember>(r.GetString(0)), cancellationToken, ("$value", value));
        return rows.FirstOrDefault();
    }
}
