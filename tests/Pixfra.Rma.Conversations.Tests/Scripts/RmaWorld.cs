using NodaTime;
using NodaTime.Testing;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Evidence;
using Pixfra.Rma.Storage.Blobs;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Rma;
using Pixfra.Rma.Domain.Warranty;
using Pixfra.Rma.Storage.Sqlite;
using Pixfra.Rma.Testing;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

/// <summary>
/// The world a conversation script runs in: one real SQLite file, the shipped holiday data and sample catalog,
/// a clock the test moves, and directories seeded with two distributors, a staff member and a repair station.
/// A second <see cref="Bot"/> over the same file is the bot after a restart.
/// </summary>
public sealed class RmaWorld : IDisposable
{
    public const string ContosoTenant = "tenant-contoso";
    public const string FabrikamTenant = "tenant-fabrikam";
    public const string StaffAadObjectId = "aad-staff-zhang";
    public const string InviteCode = "WELCOME-CONTOSO-2026";

    private readonly string _folder = Directory.CreateTempSubdirectory("pixfra-script-").FullName;
    private int _nextNumber;

    public RmaWorld()
    {
        Database = new SqliteDatabase(Path.Combine(_folder, "rma.db"), TimeSpan.FromSeconds(5));
        Cases = new SqliteRmaCaseStore(Database);
        Distributors = new SqliteDistributorDirectory(Database);
        SupportRequests = new SqliteSupportRequestStore(Database);
        Blobs = new FileSystemBlobStore(Path.Combine(_folder, "blobs"));
    }

    public FileSystemBlobStore Blobs { get; }

    /// <summary>The files in the blob folder: what was actually stored.</summary>
    public int StoredBlobCount => Directory.Exists(Path.Combine(_folder, "blobs")) ? Directory.EnumerateFiles(Path.Combine(_folder, "blobs"), "*", SearchOption.AllDirectories).Count() : 0;

    /// <summary>1 Dec 2026, 09:00 in Shanghai.</summary>
    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 12, 1, 1, 0));

    public SqliteDatabase Database { get; }

    public SqliteRmaCaseStore Cases { get; }

    public SqliteDistributorDirectory Distributors { get; }

    public SqliteSupportRequestStore SupportRequests { get; }

    public static Speaker Alex => new("msteams", "29:alex", "Alex Wilber", ContosoTenant, "aad-alex", null);

    public static Speaker Megan => new("msteams", "29:megan", "Megan Bowen", FabrikamTenant, "aad-megan", null);

    public static Speaker Stranger => new("msteams", "29:stranger", "Pat Stranger", "tenant-unknown", "aad-stranger", null);

    public static Speaker Staff => new("msteams", "29:zhang", "Zhang Min", "tenant-pixfra", StaffAadObjectId, null);

    public async Task SeedAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await new SqliteRepairStationDirectory(Database).SaveAsync(new RepairStation("station-eu", "Pixfra EU Repair Centre", "Musterstraße 1, 10115 Berlin, Germany", ["EU"]), null, ct);
        await Distributors.SaveAsync(new Distributor("contoso", "Contoso Thermal Ltd", "EU", "station-eu", "en", [DistributorIdentity.TeamsTenant(ContosoTenant), DistributorIdentity.InviteCode(InviteCode)]), null, ct);
        await Distributors.SaveAsync(new Distributor("fabrikam", "Fabrikam Security", "EU", "station-eu", "en", [DistributorIdentity.TeamsTenant(FabrikamTenant)]), null, ct);
        await new SqliteStaffDirectory(Database).SaveAsync(new StaffMember("staff-zhang", "Zhang Min", "zhang@pixfra.example", StaffAadObjectId, null, true), null, ct);
        await new SqliteShipmentRegistry(Database).UpsertAsync(
            [new ShipmentRecord(SerialNumber.Parse("PX384FACTORY1"), new LocalDate(2025, 3, 1)),
             new ShipmentRecord(SerialNumber.Parse("PX384OLDUNIT1"), new LocalDate(2019, 5, 1))],
            ct);
    }

    /// <summary>A bot over this world's database; call again for "the bot after a restart".</summary>
    public RmaConversation Bot() => new(new SqliteConversationStateStore(Database), Services());

    /// <summary>What the flows use in this world; a script may put another case store in front of the real one.</summary>
    public FlowServices Services(IRmaCaseStore? cases = null) =>
        new(
            cases ?? Cases,
            Distributors,
            new SqliteStaffDirectory(Database),
            new SqliteRepairStationDirectory(Database),
            new SqliteShipmentRegistry(Database),
            SupportRequests,
            ShippedData.SampleCatalog,
            new WarrantyEvaluator(ShippedData.HolidayCalendar),
            Clock,
            new SequenceNumbers(this),
            new RmaPolicyOptions(),
            Blobs,
            new EvidenceInspector(Microsoft.Extensions.Options.Options.Create(new EvidenceInspectionOptions()), Microsoft.Extensions.Logging.Abstractions.NullLogger<EvidenceInspector>.Instance),
            new FakeFileLinks(),
            Handoffs,
            new SqliteConversationStateStore(Database),
            Support);

    /// <summary>Handoffs to staff (takeover scripts read and check them).</summary>
    public SqliteHandoffStore Handoffs => new(Database);

    public Pixfra.Rma.Conversations.Takeover.SupportOptions Support { get; } = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Links a script can read; the signed links themselves are tested in the host.</summary>
    private sealed class FakeFileLinks : IFileLinks
    {
        public Uri LinkFor(string blobName, string contentType, Instant now) => new($"https://files.test/{blobName}?until={now.Plus(Duration.FromMinutes(15)).ToUnixTimeSeconds()}");
    }

    /// <summary>Predictable numbers, so scripts can name them.</summary>
    private sealed class SequenceNumbers(RmaWorld world) : IRmaNumberSource
    {
        public RmaNumber Draw()
        {
            var n = Interlocked.Increment(ref world._nextNumber);
            return RmaNumber.FromEntropy([0, 0, 0, (byte)(n >> 8), (byte)n]);
        }
    }
}
