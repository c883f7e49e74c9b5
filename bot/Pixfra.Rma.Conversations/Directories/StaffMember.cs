namespace Pixfra.Rma.Conversations.Directories;

/// <summary>A Pixfra support person. Inactive members are kept (history names them) but get no staff rights.</summary>
public sealed record StaffMember(
    string Id,
    string Name,
    string Email,
    string? EntraObjectId,
    string? SlackUserId,
    bool Active);
