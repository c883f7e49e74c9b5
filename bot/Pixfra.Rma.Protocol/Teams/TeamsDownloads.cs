using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Protocol.Teams;

/// <summary>Fetches Teams attachments with or without the bot token, as each kind requires.</summary>
public static class TeamsDownloads
{
    public static Task<AttachmentDownload> DownloadAsync(this IConnectorClient connector, TeamsFileDownload file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(file);
        return connector.DownloadAttachmentAsync(file.DownloadUrl, withBotToken: false, cancellationToken);
    }

    public static Task<AttachmentDownload> DownloadAsync(this IConnectorClient connector, InlineImage image, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(image);
        return connector.DownloadAttachmentAsync(image.ContentUrl, withBotToken: true, cancellationToken);
    }
}
