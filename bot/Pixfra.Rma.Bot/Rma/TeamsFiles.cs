using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;
using Pixfra.Rma.Protocol.Teams;

namespace Pixfra.Rma.Bot.Rma;

/// <summary>
/// The files of a Teams message (PROTOCOL.md §4) as flow inputs: files sent in a personal chat
/// (file.download.info, a pre-authorised downloadUrl) and pasted pictures (contentUrl, fetched with the bot token).
/// Nothing is downloaded until the flow opens a file; the connector enforces the allowed hosts, the size limit
/// and the timeout, and each refusal becomes a reason the flow can tell the user.
/// </summary>
public static class TeamsFiles
{
    public static IReadOnlyList<IncomingFile> From(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var files = TeamsActivity.FileDownloads(activity)
            .Select(f => new IncomingFile(f.Name, ct => OpenAsync(() => connector.DownloadAsync(f, ct))));
        var images = TeamsActivity.InlineImages(activity)
            .Select(i => new IncomingFile(i.Name, ct => OpenAsync(() => connector.DownloadAsync(i, ct))));
        return [.. files, .. images];
    }

    private static async Task<Stream> OpenAsync(Func<Task<AttachmentDownload>> download)
    {
        try
        {
            var result = await download();
            return InMemoryContent.Open(result.Content);
        }
        catch (AttachmentRefusedException ex)
        {
            throw new FileUnavailableException(
                ex.Reason switch
                {
                    AttachmentRefusal.UntrustedHost => FileUnavailableReason.UntrustedSource,
                    AttachmentRefusal.TooLarge => FileUnavailableReason.TooLarge,
                    _ => FileUnavailableReason.TimedOut,
                },
                ex);
        }
        catch (ConnectorException ex)
        {
            throw new FileUnavailableException(FileUnavailableReason.Failed, ex);
        }
    }
}
