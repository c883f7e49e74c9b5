namespace Pixfra.Rma.Slack.WebApi;

public sealed class SlackFileRefusedException : Exception
{
    public SlackFileRefusedException()
    {
    }

    public SlackFileRefusedException(string message)
        : base(message)
    {
    }

    public SlackFileRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SlackFileRefusedException(SlackFileRefusal reason, Exception? innerException = null)
        : base($"Slack file not fetched: {reason}", innerException)
    {
        Reason = reason;
    }

    public SlackFileRefusal Reason { get; }
}
