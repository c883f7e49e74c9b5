namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// Where in Slack a message goes: a channel of a workspace (a DM is <c>D…</c>; a user id <c>U…</c>/<c>W…</c> means
/// their DM with the bot, opened first), and the thread in it, if any.
/// </summary>
public sealed record SlackPlace(string TeamId, string ChannelId, string? ThreadTs)
{
    public bool IsDirectMessage => ChannelId.StartsWith('D');

    /// <summary>A user rather than a channel: the DM has to be opened with <c>conversations.open</c>.</summary>
    public bool IsUser => ChannelId.StartsWith('U') || ChannelId.StartsWith('W');
}
