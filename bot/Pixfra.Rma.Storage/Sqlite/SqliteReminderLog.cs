using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.Reminders;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Reminder records as rows keyed by (number, reminder id). A claim is one conditional statement (an insert that does
/// nothing when the key exists, or an update that matches the etag), so two instances never both win it.
/// </summary>
public sealed class SqliteReminderLog(SqliteDatabase database) : IReminderLog
{
    internal const string ByNumberSql = "SELECT json, etag FROM reminder WHERE number = $number ORDER BY reminder_id;";

    public async Task<Versioned<ReminderRecord>?> GetAsync(RmaNumber number, string reminderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT json, etag FROM reminder WHERE number = $number AND reminder_id = $id;",
            r => new Versioned<ReminderRecord>(StorageJson.Deserialize<ReminderRecord>(r.GetString(0)), r.GetString(1)),
            cancellationToken,
            ("$number", number.ToString()),
            ("$id", reminderId));
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<IReadOnlyList<Versioned<ReminderRecord>>> ListAsync(RmaNumber number, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            ByNumberSql,
            r => new Versioned<ReminderRecord>(StorageJson.Deserialize<ReminderRecord>(r.GetString(0)), r.GetString(1)),
            cancellationToken,
            ("$number", number.ToString()));
    }

    public async Task<string> SaveAsync(ReminderRecord record, string? expectedETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrEmpty(record.ReminderId);
        var etag = SqliteCommands.NewETag();
        var sql = expectedETag is null
            ? "INSERT INTO reminder (number, reminder_id, json, etag) VALUES ($number, $id, $json, $etag) ON CONFLICT (number, reminder_id) DO NOTHING;"
            : "UPDATE reminder SET json = $json, etag = $etag WHERE number = $number AND reminder_id = $id AND etag = $expected;";
        await using var connection = await database.OpenAsync(cancellationToken);
        var written = await connection.ExecuteAsync(
            sql,
            cancellationToken,
            ("$number", record.Number.ToString()),
            ("$id", record.ReminderId),
            ("$json", StorageJson.Serialize(record)),
            ("$etag", etag),
            ("$expected", expectedETag));
        return written == 1 ? etag : throw ConcurrencyConflictException.For("reminder", $"{record.Number}/{record.ReminderId}");
    }
}
