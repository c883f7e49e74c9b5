using NodaTime;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// A support person owns this conversation: the bot runs no flow and sends no reminders here, it only relays
/// between the distributor and the staff thread.
/// </summary>
public sealed record StaffTakeover(string StaffId, string StaffName, Instant Since);
