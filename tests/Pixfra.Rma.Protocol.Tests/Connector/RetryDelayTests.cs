using System.Net;
using System.Net.Http.Headers;
using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Protocol.Tests.Connector;

public sealed class RetryDelayTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly ConnectorOptions Options = new()
    {
        BaseRetryDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryDelay = TimeSpan.FromSeconds(10),
    };

    [Theory]
    [InlineData(1, 0.0, 50)]
    [InlineData(1, 1.0, 100)]
    [InlineData(2, 0.0, 100)]
    [InlineData(3, 0.5, 300)]
    [InlineData(4, 1.0, 800)]
    [InlineData(30, 1.0, 10_000)]
    public void Backoff_DoublesPerAttempt_WithJitter_AndIsBounded(int attempt, double jitter, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryDelay.Compute(attempt, null, Now, Options, jitter));

    [Fact]
    public void RetryAfterSeconds_IsHonoured_WhenLongerThanBackoff() =>
        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.Compute(1, new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)), Now, Options, 0));

    [Fact]
    public void RetryAfterDate_IsHonoured() =>
        Assert.Equal(TimeSpan.FromSeconds(4), RetryDelay.Compute(1, new RetryConditionHeaderValue(Now.AddSeconds(4)), Now, Options, 0));

    [Fact]
    public void RetryAfter_IsBoundedByMaxRetryDelay() =>
        Assert.Equal(TimeSpan.FromSeconds(10), RetryDelay.Compute(1, new RetryConditionHeaderValue(TimeSpan.FromMinutes(5)), Now, Options, 0));

    [Fact]
    public void ShortRetryAfter_DoesNotShortenTheBackoff() =>
        Assert.Equal(TimeSpan.FromMilliseconds(400), RetryDelay.Compute(3, new RetryConditionHeaderValue(TimeSpan.Zero), Now, Options, 1));

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.PreconditionFailed, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, false)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public void OnlyThrottlingAndUnavailableOrGatewayFailures_AreRetryable(HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, RetryDelay.IsRetryable(status));
}
