namespace Pixfra.Rma.Protocol.Connector;

/// <summary>Outbound Connector settings, bound from the <c>BotConnector</c> section.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>
    /// Hosts (and their subdomains) that may receive the bot token over https: the Agents SDK
    /// OutboundHostValidator list (PROTOCOL.md §2 "Which serviceUrls to trust").
    /// </summary>
    public IList<string> AllowedHostSuffixes { get; } =
    [
        "botframework.com",
        "smba.trafficmanager.net",
        "teams.microsoft.com",
        "teams.microsoft.us",
        "graph.microsoft.com",
        "sharepoint.com",
        "svc.ms",
        "blob.core.windows.net",
    ];

    /// <summary>Development only: plain http to a loopback serviceUrl (the Agents Playground) may carry the token.</summary>
    public bool AllowLoopbackHttp { get; set; }

    /// <summary>Attempts per call, the first included, for 429/412/502/503/504 answers.</summary>
    public int MaxAttempts { get; set; } = 4;

    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>No single wait is longer than this, whatever Retry-After asks.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Largest attachment <see cref="IConnectorClient.DownloadAttachmentAsync"/> reads.</summary>
    public long MaxDownloadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Longest an attachment download may take, headers and body together.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
