using Microsoft.Data.Sqlite;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Storage.Sqlite;

namespace Pixfra.Rma.Storage.Tests.Sqlite;

/// <summary>Schema versioning, WAL, and that every listing and look-up is served by an index.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("pixfra-schema-");

    private string File => Path.Combine(_folder.FullName, "rma.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewFile_IsAtTheLatestVersionInWalMode()
    {
        await using var connection = await new SqliteDatabase(File, TimeSpan.FromSeconds(5)).OpenAsync(Ct);

        Assert.Equal(SqliteSchema.Migrations.Count, await connection.ScalarAsync<long>("PRAGMA user_version;", Ct));
        Assert.Equal("wal", await connection.ScalarAsync<string>("PRAGMA journal_mode;", Ct));
    }

    [Fact]
    public async Task EachConnection_SyncsAsItsCommitsMustSurvive_EvenWhenThePoolHandsBackTheSameOne()
    {
        var database = new SqliteDatabase(File, TimeSpan.FromSeconds(5));
        var seen = new List<(long Synchronous, long ForeignKeys, long BusyTimeoutMs)>();
        foreach (var durability in new[] { CommitDurability.SurvivesProcessCrash, CommitDurability.SurvivesPowerLoss, CommitDurability.SurvivesPowerLoss, CommitDurability.SurvivesProcessCrash })
        {
            await using var connection = await database.OpenAsync(durability, Ct);
            seen.Add((
                await connection.ScalarAsync<long>("PRAGMA synchronous;", Ct),
                await connection.ScalarAsync<long>("PRAGMA foreign_keys;", Ct),
                await connection.ScalarAsync<long>("PRAGMA busy_timeout;", Ct)));
        }

        // NORMAL, FULL, FULL, NORMAL; and every use has the other settings, whether or not its connection is new
        Assert.Equal([(1L, 1L, 5000L), (2L, 1L, 5000L), (2L, 1L, 5000L), (1L, 1L, 5000L)], seen);
    }

    [Fact]
    public async Task AConversationReference_IsRewrittenOnlyWhenItChanged()
    {
        var database = new SqliteDatabase(File, TimeSpan.FromSeconds(5));
        var references = new SqliteConversationReferenceStore(database);
        var reference = new ConversationReference(
            "msteams", "https://smba.trafficmanager.net/emea/", "a:1", "personal", "t-1", "28:bot", "Pixfra RMA", "29:u", "U", null, "en-US");
        await references.SaveAsync(reference, Ct);
        var first = await EtagAsync();

        await references.SaveAsync(reference, Ct);
        var unchanged = await EtagAsync();
        await references.SaveAsync(reference with { ServiceUrl = "https://smba.trafficmanager.net/apac/" }, Ct);

        Assert.Equal(first, unchanged);
        Assert.NotEqual(first, await EtagAsync());

        async Task<string?> EtagAsync()
        {
            await using var connection = await database.OpenAsync(Ct);
            return await connection.ScalarAsync<string>("SELECT etag FROM conversation_reference;", Ct);
        }
    }

    [Fact]
    public async Task FileAtVersion1_IsMigratedAndKeepsItsData()
    {
        await using (var old = new SqliteConnection($"Data Source={File};Pooling=False"))
        {
            await old.OpenAsync(Ct);
            await old.ExecuteAsync(SqliteSchema.Migrations[0], Ct);
            await old.ExecuteAsync("PRAGMA user_version = 1;", Ct);
        }

        var database = new SqliteDatabase(File, TimeSpan.FromSeconds(5));
        await new SqliteDistributorDirectory(database).SaveAsync(new Distributor("d-1", "Old", "EU", "rs-1", "en", []), null, Ct);
        await using var connection = await database.OpenAsync(Ct);

        Assert.Equal(SqliteSchema.Migrations.Count, await connection.ScalarAsync<long>("PRAGMA user_version;", Ct));
        Assert.Equal(0, await connection.ScalarAsync<long>("SELECT COUNT(*) FROM rma_case;", Ct));
        Assert.Equal("Old", (await new SqliteDistributorDirectory(database).GetAsync("d-1", Ct))?.Value.Name);
    }

    [Fact]
    public async Task FileFromANewerBuild_IsRefused()
    {
        await using (var newer = new SqliteConnection($"Data Source={File};Pooling=False"))
        {
            await newer.OpenAsync(Ct);
            await newer.ExecuteAsync($"PRAGMA user_version = {SqliteSchema.Migrations.Count + 1};", Ct);
        }

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SqliteDatabase(File, TimeSpan.FromSeconds(5)).EnsureCreatedAsync(Ct));

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Queries => new()
    {
        SqliteRmaCaseStore.ByDistributorSql,
        SqliteRmaCaseStore.ByStatusSql,
        SqliteRmaCaseStore.ByValidityEndSql,
        SqliteRmaCaseStore.BySerialNumberSql,
        SqliteReminderLog.ByNumberSql,
        "SELECT json FROM staff_member WHERE entra_object_id = $value ORDER BY id LIMIT 1;",
        "SELECT json FROM staff_member WHERE slack_user_id = $value ORDER BY id LIMIT 1;",
        "SELECT d.json FROM distributor_identity AS i JOIN distributor AS d ON d.id = i.distributor_id WHERE i.identity IN ($preferred, $fallback);",
        "DELETE FROM processed_activity WHERE expires_at <= $now;",
        SqliteHandoffStore.WaitingSql,
        SqliteHandoffStore.ByStaffThreadSql,
        SqliteHandoffStore.ActiveByDistributorSql,
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_IsServedByAnIndex_NotATableScan(string sql)
    {
        await using var connection = await new SqliteDatabase(File, TimeSpan.FromSeconds(5)).OpenAsync(Ct);

        var plan = await connection.QueryAsync($"EXPLAIN QUERY PLAN {sql}", r => r.GetString(3), Ct);

        Assert.NotEmpty(plan);
        Assert.All(plan, step => Assert.False(
            step.StartsWith("SCAN ", StringComparison.Ordinal) && !step.Contains("USING", StringComparison.Ordinal),
            $"Full table scan: {string.Join(" / ", plan)}"));
        Assert.Contains(plan, step => step.Contains("USING", StringComparison.Ordinal) && step.Contains("INDEX", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(SqliteRmaCaseStore.ByDistributorSql))]
    [InlineData(nameof(SqliteRmaCaseStore.ByStatusSql))]
    [InlineData(nameof(SqliteRmaCaseStore.ByValidityEndSql))]
    public async Task PagedListing_IsReadInIndexOrder_WithoutSorting(string query)
    {
        var sql = (string)typeof(SqliteRmaCaseStore).GetField(query, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
        await using var connection = await new SqliteDatabase(File, TimeSpan.FromSeconds(5)).OpenAsync(Ct);

        var plan = await connection.QueryAsync($"EXPLAIN QUERY PLAN {sql}", r => r.GetString(3), Ct);

        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
