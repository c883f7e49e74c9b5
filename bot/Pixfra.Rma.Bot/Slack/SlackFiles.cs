using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Slack.Inbound;
using Pixfra.Rma.Slack.WebApi;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// The files of a Slack message as flow inputs, like <c>TeamsFiles</c>: nothing is fetched until the flow opens a
/// file; the client sends the bot token only to Slack's file host, and each refusal becomes a reason the flow can
/// tell the user.
/// </summary>
public static class SlackFiles
{
    public static IReadOnlyList<IncomingFile> From(SlackEvent slackEvent, SlackWebApiClient slack)
    {
        ArgumentNullException.ThrowIfNull(slackEvent);
        return [.. slackEvent.Files.Select(f => new IncomingFile(f.Name, ct => OpenAsync(f, slack, ct)))];
    }

    private static async Task<Stream> OpenAsync(SlackFileRef file, SlackWebApiClient slack, CancellationToken cancellationToken)
    {
        if (file.UrlPrivateDownload is not { } url)
        {
            throw new FileUnavailableException(FileUnavailableReason.Failed);
        }

        try
        {
            return new MemoryStream(await slack.DownloadFileAsync(url, cancellationToken), writable: false);
        }
        catch (SlackFileRefusedException ex)
        {
            throw new FileUnavailableException(
                ex.Reason switch
                {
                    SlackFileRefusal.UntrustedHost => FileUnavailableReason.UntrustedSource,
                    SlackFileRefusal.TooLarge => FileUnavailableReason.TooLarge,
                    SlackFileRefusal.TimedOut => FileUnavailableReason.TimedOut,
                    _ => FileUnavailableReason.Failed,
                },
                ex);
        }
    }
}
