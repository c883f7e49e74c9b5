using NodaTime;

namespace Pixfra.Rma.Conversations.Registry;

/// <summary>The factory's record that a unit left for a distributor: its serial number and the delivery date.</summary>
public sealed record ShipmentRecord(string SerialNumber, LocalDate DeliveredOn);
