using NodaTime;

namespace Pixfra.Rma.Domain.Warranty;

public enum WarrantyStartSource
{
    /// <summary>The purchase date on a valid invoice (clause P4, first choice).</summary>
    Invoice,

    /// <summary>The date the unit left Pixfra manufacturing, from the shipment registry (P4, without an invoice).</summary>
    FactoryDelivery,
}

public sealed record WarrantyStart(LocalDate Date, WarrantyStartSource Source);
