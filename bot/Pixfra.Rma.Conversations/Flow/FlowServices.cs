using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>What the flows need from outside: stores, directories, policy data, the clock, randomness and the file checks.</summary>
public sealed record FlowServices(
    IRmaCaseStore Cases,
    IDistributorDirectory Distributors,
    IStaffDirectory Staff,
    IRepairStationDirectory Stations,
    IShipmentRegistry Registry,
    ISupportRequestStore SupportRequests,
    ProductCatalog Catalog,
    WarrantyEvaluator Warranty,
    IClock Clock,
    IRmaNumberSource Numbers,
    RmaPolicyOptions Options,
    IBlobStore Blobs,
    IEvidenceInspector Inspector,
    IFileLinks Links);
