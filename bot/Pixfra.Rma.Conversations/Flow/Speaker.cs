namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// Who sent the activity, as the channel identifies them (Teams: tenant and Entra object id; Slack: team and
/// user id). The host fills it from an authenticated activity; the flows decide what it may do.
/// </summary>
public sealed record Speaker(string ChannelId, string UserId, string? Name, string? TenantId, string? AadObjectId, string? SlackTeamId);
