namespace Pixfra.Rma.Slack.WebApi;

/// <summary>Why a shared file was not fetched.</summary>
public enum SlackFileRefusal
{
    /// <summary>Not an https URL on an allowed Slack file host: the bot token is never sent elsewhere.</summary>
    UntrustedHost,
    TooLarge,
    TimedOut,
    Failed,
}
