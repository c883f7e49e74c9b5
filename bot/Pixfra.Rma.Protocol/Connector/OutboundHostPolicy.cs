using System.Net;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>
/// Decides whether a request to <c>uri</c> may carry the bot token, and which hosts the bot downloads attachments
/// from at all (anti-SSRF, PROTOCOL.md §2): the same allow-list, https only (plain http to loopback in development).
/// </summary>
public static class OutboundHostPolicy
{
    public static bool MayDownloadFrom(Uri uri, ConnectorOptions options) => MayCarryBotToken(uri, options);

    public static bool MayCarryBotToken(Uri uri, ConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(options);
        if (!uri.IsAbsoluteUri)
        {
            return false;
        }

        if (uri.Scheme == Uri.UriSchemeHttp)
        {
            return options.AllowLoopbackHttp && IsLoopback(uri);
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.');
        return options.AllowedHostSuffixes.Any(suffix =>
            host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
            || host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.IdnHost, out var address) && IPAddress.IsLoopback(address));
}
