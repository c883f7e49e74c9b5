namespace Pixfra.Rma.Slack.Inbound;

/// <summary>A file attached to a message; <see cref="UrlPrivateDownload"/> needs the bot token to fetch.</summary>
public sealed record SlackFileRef(string Id, string? Name, string? MimeType, Uri? UrlPrivateDownload);
