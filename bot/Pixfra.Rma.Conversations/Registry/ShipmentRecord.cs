using NodaTime;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Conversations.Registry;

/// <summary>The factory's record that a unit left for a distributor: its serial number and the delivery date.</summary>
public sealed record ShipmentRecord(SerialNumber SerialNumber, LocalDate DeliveredOn);
