using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pixfra.Rma.Bot.Telemetry;

/// <summary>
/// The bot's own traces and metrics: one span per turn and a turn-duration histogram. Tags carry the
/// activity type, channel and conversation kind, never message text or user names.
/// </summary>
public sealed class BotTelemetry : IDisposable
{
    public const string Name = "Pixfra.Rma.Bot";
    public const string TurnDurationInstrument = "pixfra.rma.turn.duration";

    private readonly Meter _meter;

    public BotTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(Name);
        TurnDuration = _meter.CreateHistogram<double>(TurnDurationInstrument, unit: "s", description: "Time the bot took to handle one incoming activity.");
    }

    public static ActivitySource Source { get; } = new(Name);

    public Histogram<double> TurnDuration { get; }

    public void Dispose() => _meter.Dispose();
}
