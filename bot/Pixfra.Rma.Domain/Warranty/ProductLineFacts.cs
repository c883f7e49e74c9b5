using NodaTime;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Domain.Warranty;

/// <summary>What the warranty of one returned unit depends on.</summary>
/// <param name="HasRemovableBattery">From the model: the battery term applies only to a removable battery.</param>
/// <param name="InvoiceDate">The purchase date on the invoice, when the distributor has one.</param>
/// <param name="FactoryDeliveryDate">From the shipment registry, when the serial number is in it.</param>
public sealed record ProductLineFacts(
    ProductCategory Category,
    bool HasRemovableBattery,
    SerialNumber SerialNumber,
    PartNumber? PartNumber,
    LocalDate? InvoiceDate,
    LocalDate? FactoryDeliveryDate,
    TamperAnswers Tamper);
