namespace Pixfra.Rma.Conversations.Directories;

/// <summary>
/// A Pixfra support person. Inactive members are kept (history names them) but get no staff rights. On Slack a member
/// is recognised by <see cref="SlackTeamId"/> and <see cref="SlackUserId"/> together: a user id alone could be
/// someone in another workspace.
/// </summary>
public sealed record StaffMember(
    string Id,
    string Name,
    string Email,
    string? EntraObjectId,
    string? SlackUserId,
    bool Active,
    string? SlackTeamId = null);
