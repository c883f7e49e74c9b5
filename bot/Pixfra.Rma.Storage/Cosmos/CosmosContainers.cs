using System.Collections.ObjectModel;
using Microsoft.Azure.Cosmos;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// One container per kind of document, each partitioned (path <c>/pk</c>) for its main access path. Every document
/// is <c>{ id, pk, value: &lt;the record&gt;, …lookup fields }</c>; lookup fields exist only for queries.
/// <list type="table">
/// <item><term>conversationState</term><description>pk = id = "channel|conversation": one point read and one
/// ETag-checked replace per turn, never a query.</description></item>
/// <item><term>conversationReferences</term><description>pk = id = "channel|conversation": point upsert on every
/// activity, point read for proactive messages.</description></item>
/// <item><term>processedActivities</term><description>pk = id = "channel|conversation|activity": a point create
/// per delivery; TTL (per item) cleans up in Azure, and expiry is also compared in code because TTL is lazy
/// (and the test server has none).</description></item>
/// <item><term>leases</term><description>pk = id = lease name: point read + ETag-checked replace.</description></item>
/// <item><term>directory</term><description>pk = kind ("distributor", "staff", "repairStation"), id = entity id:
/// reference data of hundreds of documents, so one logical partition per kind keeps every look-up (by chat identity,
/// Entra id, Slack id) a single-partition query. Support requests share it (pk "supportRequest": a few a day,
/// read newest first), and so do handoffs to staff (pk "handoff": the queue oldest first, by staff thread, by chat).</description></item>
/// <item><term>shipments</term><description>pk = id = serial number: a point read per product line; imports are
/// parallel point upserts (the bulk/batch API is avoided so imports also run against the test server).</description></item>
/// <item><term>cases</term><description>pk = distributor id, id = RMA number: the distributor's list ("my RMAs")
/// is a single-partition query. Get by number, list by status/validity and find by serial number are
/// cross-partition queries on indexed fields; with a few thousand cases per year they stay within one physical
/// partition. Composite indexes back the two-key ORDER BYs.</description></item>
/// <item><term>reminders</term><description>pk = RMA number, id = reminder id ("days-7", "expired"): the expiry
/// scan reads one number's records with a single-partition query and claims one with a create or an ETag-checked
/// replace.</description></item>
/// </list>
/// </summary>
internal static class CosmosContainers
{
    public const string ConversationState = "conversationState";
    public const string ConversationReferences = "conversationReferences";
    public const string ProcessedActivities = "processedActivities";
    public const string Leases = "leases";
    public const string Directory = "directory";
    public const string Shipments = "shipments";
    public const string Cases = "cases";
    public const string Reminders = "reminders";

    public const string PartitionKeyPath = "/pk";

    public static IEnumerable<ContainerProperties> All()
    {
        yield return new ContainerProperties(ConversationState, PartitionKeyPath);
        yield return new ContainerProperties(ConversationReferences, PartitionKeyPath);
        yield return new ContainerProperties(ProcessedActivities, PartitionKeyPath) { DefaultTimeToLive = -1 };
        yield return new ContainerProperties(Leases, PartitionKeyPath);
        var directory = new ContainerProperties(Directory, PartitionKeyPath);
        directory.IndexingPolicy.CompositeIndexes.Add(Composite(CompositePathSortOrder.Descending, "/createdAtMs", "/id"));
        directory.IndexingPolicy.CompositeIndexes.Add(Composite("/createdAtMs", "/id")); // the handoff queue, oldest first
        yield return directory;
        yield return new ContainerProperties(Shipments, PartitionKeyPath);
        var cases = new ContainerProperties(Cases, PartitionKeyPath);
        cases.IndexingPolicy.CompositeIndexes.Add(Composite("/createdAtMs", "/id"));
        cases.IndexingPolicy.CompositeIndexes.Add(Composite(CompositePathSortOrder.Descending, "/createdAtMs", "/id"));
        cases.IndexingPolicy.CompositeIndexes.Add(Composite("/validityEndsAtMs", "/id"));
        cases.IndexingPolicy.CompositeIndexes.Add(Composite("/status", "/createdAtMs", "/id"));
        cases.IndexingPolicy.CompositeIndexes.Add(Composite("/status", "/validityEndsAtMs", "/id"));
        yield return cases;
        yield return new ContainerProperties(Reminders, PartitionKeyPath);
    }

    private static Collection<CompositePath> Composite(params string[] paths) => Composite(CompositePathSortOrder.Ascending, paths);

    private static Collection<CompositePath> Composite(CompositePathSortOrder order, params string[] paths) =>
        [.. paths.Select(p => new CompositePath { Path = p, Order = order })];
}
