namespace Pixfra.Rma.Conversations.Directories;

/// <summary>How a person in a chat is recognised as speaking for a distributor.</summary>
public enum IdentityKind
{
    /// <summary>Everyone in this Microsoft Entra tenant (a distributor's whole Teams organisation).</summary>
    TeamsTenant,

    /// <summary>One Teams user, by Entra object id (unique across tenants).</summary>
    TeamsUser,

    /// <summary>Everyone in this Slack workspace (team id).</summary>
    SlackTeam,

    /// <summary>One Slack user of one workspace.</summary>
    SlackUser,

    /// <summary>A code a staff member issued to the distributor to register a new chat.</summary>
    InviteCode,
}
