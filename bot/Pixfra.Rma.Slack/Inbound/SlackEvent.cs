namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// One Events API callback the bot acts on: <c>message</c>, <c>app_mention</c>, <c>file_shared</c> or
/// <c>app_home_opened</c>. Everything in it is user-controlled.
/// </summary>
/// <param name="ChannelId">The Slack channel (a DM is <c>D…</c>); for <c>app_home_opened</c> the App Home channel.</param>
/// <param name="FileId">For <c>file_shared</c>: the file to look up with <c>files.info</c>.</param>
public sealed record SlackEvent(
    string Type,
    string EventId,
    string TeamId,
    string UserId,
    string? ChannelId,
    string? Text,
    string? Ts,
    string? ThreadTs,
    string? FileId,
    IReadOnlyList<SlackFileRef> Files)
{
    public const string Message = "message";
    public const string AppMention = "app_mention";
    public const string FileShared = "file_shared";
    public const string AppHomeOpened = "app_home_opened";
}
