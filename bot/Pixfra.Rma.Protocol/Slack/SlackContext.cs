namespace Pixfra.Rma.Protocol.Slack;

/// <summary>The Slack ids of a message or click; the team id is not in <c>conversation.tenantId</c> on Slack.</summary>
public sealed record SlackContext(string? TeamId, string? UserId, string? SlackChannelId, string? MessageTs, string? ThreadTs, string? ResponseUrl);
