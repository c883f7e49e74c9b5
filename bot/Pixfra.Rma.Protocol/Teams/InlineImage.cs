namespace Pixfra.Rma.Protocol.Teams;

/// <summary>An image pasted into a Teams message; fetching it needs the bot's Connector token.</summary>
public sealed record InlineImage(Uri ContentUrl, string ContentType, string? Name);
