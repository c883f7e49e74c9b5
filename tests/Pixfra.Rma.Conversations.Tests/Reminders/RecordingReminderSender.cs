using System.Collections.Concurrent;
using NodaTime;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Reminders;

namespace Pixfra.Rma.Conversations.Tests.Reminders;

/// <summary>
/// The stand-in for the connector (the HTTP boundary): records what would have been delivered, as the card the
/// distributor would see, and answers what the test tells it to.
/// </summary>
public sealed class RecordingReminderSender(IClock clock) : IReminderSender
{
    private readonly ConcurrentQueue<DeliveredReminder> _delivered = new();
    private int _attempts;

    /// <summary>How the next sends go; by default every send is delivered.</summary>
    public Func<ReminderNotice, CancellationToken, Task<ReminderDelivery>> Answer { get; set; } = (_, _) => Task.FromResult(ReminderDelivery.Delivered);

    public IReadOnlyList<DeliveredReminder> Delivered => [.. _delivered];

    public int Attempts => _attempts;

    public async Task<ReminderDelivery> SendAsync(ReminderNotice notice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        var delivery = await Answer(notice, cancellationToken);
        if (delivery.Outcome == ReminderDeliveryOutcome.Delivered)
        {
            _delivered.Enqueue(new DeliveredReminder(notice, ReminderCardView.Render(notice, BotCulture.English), clock.GetCurrentInstant()));
        }

        return delivery;
    }
}

public sealed record DeliveredReminder(ReminderNotice Notice, RenderedCard Card, Instant At)
{
    public string Text => Card.FallbackText;
}
