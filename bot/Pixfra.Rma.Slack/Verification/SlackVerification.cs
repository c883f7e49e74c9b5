namespace Pixfra.Rma.Slack.Verification;

/// <summary>The outcome of checking a request's signature; the reason is logged, never sent back.</summary>
public sealed record SlackVerification(bool IsValid, string? Reason)
{
    public static readonly SlackVerification Valid = new(true, null);

    public static SlackVerification Refused(string reason) => new(false, reason);
}
