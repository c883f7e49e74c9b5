using System.Net;
using System.Net.Http.Headers;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>Which answers are retried and how long to wait (PROTOCOL.md §2 "Retrying outbound calls").</summary>
public static class RetryDelay
{
    /// <summary>
    /// 429, 412, 502, 503 and 504 only; every other 4xx (403 blocked, 404 gone, 413 too big) is final. 503 is not in
    /// the Teams list but means the service did not take the request, so a retry cannot duplicate a message.
    /// </summary>
    public static bool IsRetryable(HttpStatusCode status) => status is
        HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// Exponential backoff with full jitter for attempt n (1-based) — base·2^(n−1)·[0.5, 1) — or the
    /// server's Retry-After when it asks for longer; never more than <see cref="ConnectorOptions.MaxRetryDelay"/>.
    /// </summary>
    public static TimeSpan Compute(int attempt, RetryConditionHeaderValue? retryAfter, DateTimeOffset now, ConnectorOptions options, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 16);
        var backoff = options.BaseRetryDelay * (Math.Pow(2, exponent) * (0.5 + (Math.Clamp(jitter, 0, 1) / 2)));
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => TimeSpan.Zero,
        };
        var delay = asked > backoff ? asked : backoff;
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
