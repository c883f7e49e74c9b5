namespace Pixfra.Rma.Conversations.Directories;

/// <summary>
/// An authorised distributor: who ships broken cameras back to which repair station, and the chats that speak for it.
/// <see cref="PreferredLocale"/> is a culture name such as <c>en</c> or <c>zh-Hans</c>.
/// </summary>
public sealed record Distributor(
    string Id,
    string Name,
    string Region,
    string RepairStationId,
    string PreferredLocale,
    IReadOnlyList<DistributorIdentity> Identities);
