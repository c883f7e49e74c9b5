namespace Pixfra.Rma.Conversations.Directories;

/// <summary>
/// One way to recognise a distributor. <see cref="Value"/> is the whole key for its kind: a tenant id, an
/// Entra object id, a Slack team id, <c>teamId/userId</c> for a Slack user (use <see cref="SlackUser"/>), or a code.
/// </summary>
public sealed record DistributorIdentity(IdentityKind Kind, string Value)
{
    public static DistributorIdentity TeamsTenant(string tenantId) => new(IdentityKind.TeamsTenant, tenantId);

    public static DistributorIdentity TeamsUser(string aadObjectId) => new(IdentityKind.TeamsUser, aadObjectId);

    public static DistributorIdentity SlackTeam(string teamId) => new(IdentityKind.SlackTeam, teamId);

    public static DistributorIdentity SlackUser(string teamId, string userId) => new(IdentityKind.SlackUser, $"{teamId}/{userId}");

    public static DistributorIdentity InviteCode(string code) => new(IdentityKind.InviteCode, code);

    /// <summary>One string per identity, for stores that index identities as a flat list.</summary>
    public string IndexKey => $"{Kind}:{Value}";
}
