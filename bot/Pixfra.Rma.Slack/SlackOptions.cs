namespace Pixfra.Rma.Slack;

/// <summary>
/// Settings of the Slack app (section <c>Slack</c>). The signing secret and bot token are secrets: they come from
/// the environment or Key Vault, never from a checked-in file.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    /// <summary>Signs every request Slack sends; empty → every request is refused with 401.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>The bot token (<c>xoxb-…</c>) for Web API calls.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>Where the Web API lives; tests point it at their fake on 127.0.0.1.</summary>
    public Uri WebApiBaseUrl { get; set; } = new(SlackWebApi);

    /// <summary>Slack's Web API; also what a Slack conversation's reference names as its service.</summary>
    public const string SlackWebApi = "https://slack.com/api/";

    /// <summary>How far a request's timestamp may be from now (Slack's SDKs use 5 minutes).</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an event id is remembered; Slack retries within minutes (immediately, 1 min, 5 min).</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(1);

    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Hosts that may receive the bot token when a shared file is fetched (https only).</summary>
    public IList<string> FileHosts { get; } = ["files.slack.com"];

    /// <summary>Tests only: files may also come over http from 127.0.0.1 (the fake Web API).</summary>
    public bool AllowLoopbackHttpFiles { get; set; }

    /// <summary>Largest file fetched; photos and invoices are far smaller.</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public TimeSpan FileTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Web API attempts per call when Slack answers 429.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>A Retry-After longer than this is not waited for: the call fails instead.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
