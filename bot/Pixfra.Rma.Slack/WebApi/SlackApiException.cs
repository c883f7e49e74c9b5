namespace Pixfra.Rma.Slack.WebApi;

/// <summary>A Web API call that Slack refused (<c>ok: false</c> with its error code) or kept rate-limiting.</summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackApiException(string method, string error)
        : base($"Slack {method} failed: {error}")
    {
        Method = method;
        Error = error;
    }

    public string? Method { get; }

    /// <summary>Slack's error code, e.g. <c>channel_not_found</c>, <c>ratelimited</c>.</summary>
    public string? Error { get; }

    /// <summary>
    /// The conversation or person cannot be reached, and trying again will not change that (like a 403/404 from the
    /// Bot Framework connector): the channel is gone or the bot is not in it, the account was deactivated.
    /// </summary>
    public bool IsUnreachable => Error is "channel_not_found" or "not_in_channel" or "account_inactive" or "user_not_found" or "is_archived";
}
