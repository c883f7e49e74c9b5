namespace Pixfra.Rma.Protocol.Teams;

/// <summary>A file a user sent in Teams (<c>application/vnd.microsoft.teams.file.download.info</c>).</summary>
public sealed record TeamsFileDownload(string? Name, Uri DownloadUrl, string? UniqueId, string? FileType, string? ETag, string? ContentUrl);
