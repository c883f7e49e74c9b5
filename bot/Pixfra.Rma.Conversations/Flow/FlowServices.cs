using NodaTime;
using Pixfra.Rma.Conversations.Cases;
using Pixfra.Rma.Conversations.Directories;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Registry;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Conversations.Support;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Domain.Catalog;
using Pixfra.Rma.Domain.Warranty;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// What the flows need from outside: stores, directories, policy data, the clock, randomness and the file checks.
/// Staff takeover also writes other conversations' state (<see cref="States"/>) and keeps handoffs (<see cref="Handoffs"/>).
/// </summary>
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
    IFileLinks Links,
    IHandoffStore? Handoffs = null,
    IConversationStateStore? States = null,
    SupportOptions? Support = null)
{
    public IHandoffStore HandoffStore => Handoffs ?? throw new InvalidOperationException("Staff takeover needs an IHandoffStore.");

    public IConversationStateStore StateStore => States ?? throw new InvalidOperationException("Staff takeover needs the conversation state store.");

    public SupportOptions SupportSettings => Support ?? new SupportOptions();
}
