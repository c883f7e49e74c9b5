using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Pixfra.Rma.Bot.Telemetry;
using Pixfra.Rma.Protocol.Activities;
using Activity = System.Diagnostics.Activity;

namespace Pixfra.Rma.Bot.Tests;

public sealed class TurnObserverTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly List<Activity> _spans = [];
    private readonly List<(double Seconds, Dictionary<string, object?> Tags)> _durations = [];
    private readonly ActivityListener _spanListener;
    private readonly MeterListener _meterListener = new();
    private readonly BotTelemetry _telemetry;

    // Listeners are process-wide and other tests run turns in parallel: keep only this test's conversation and meter.
    private readonly string _conversationId = "a:chat-" + Guid.NewGuid().ToString("N");

    public TurnObserverTests()
    {
        _telemetry = new BotTelemetry(_services.GetRequiredService<IMeterFactory>());
        _spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                if (Equals(span.GetTagItem("bot.conversation.id"), _conversationId))
                {
                    _spans.Add(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_spanListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument, _telemetry.TurnDuration))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            _durations.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meterListener.Start();
    }

    private TurnObserver Observer() => new(_telemetry, _time, NullLogger<TurnObserver>.Instance);

    private Pixfra.Rma.Protocol.Activities.Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-7",
        ChannelId = "msteams",
        Text = "my serial number is 123",
        Conversation = new ConversationAccount { Id = _conversationId, ConversationType = "personal" },
    };

    [Fact]
    public async Task ObserveAsync_Turn_RecordsOneSpanWithIdsButNoText()
    {
        await Observer().ObserveAsync(Message(), () => Task.FromResult(0));

        var span = Assert.Single(_spans);
        Assert.Equal("turn message", span.DisplayName);
        Assert.Equal(_conversationId, span.GetTagItem("bot.conversation.id"));
        Assert.Equal("activity-7", span.GetTagItem("bot.activity.id"));
        Assert.DoesNotContain(span.TagObjects, tag => tag.Value is string s && s.Contains("serial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ObserveAsync_Turn_RecordsItsDurationFromTheTimeProvider()
    {
        await Observer().ObserveAsync(Message(), () =>
        {
            _time.Advance(TimeSpan.FromMilliseconds(1500));
            return Task.FromResult(0);
        });

        var (seconds, tags) = Assert.Single(_durations);
        Assert.Equal(1.5, seconds, precision: 6);
        Assert.Equal("message", tags["bot.activity.type"]);
        Assert.Equal("personal", tags["bot.conversation.type"]);
        Assert.Equal("ok", tags["bot.outcome"]);
    }

    [Fact]
    public async Task ObserveAsync_FailingTurn_MarksTheSpanAndMetricAsErrorAndRethrows()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Observer().ObserveAsync<int>(Message(), () => throw new InvalidOperationException("boom")));

        Assert.Equal(ActivityStatusCode.Error, Assert.Single(_spans).Status);
        Assert.Equal("error", Assert.Single(_durations).Tags["bot.outcome"]);
    }

    public void Dispose()
    {
        _spanListener.Dispose();
        _meterListener.Dispose();
        _telemetry.Dispose();
        _services.Dispose();
    }
}
