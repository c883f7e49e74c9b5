using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pixfra.Rma.Protocol.Hosting;

/// <summary>
/// Traces and metrics of the turn pipeline. The host subscribes with
/// <c>.AddSource(ProtocolTelemetry.Name)</c> and <c>.AddMeter(ProtocolTelemetry.Name)</c>.
/// </summary>
public static class ProtocolTelemetry
{
    public const string Name = "Pixfra.Rma.Protocol";

    public static ActivitySource ActivitySource { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Seconds from request received to response written, tagged with activity type, channel and outcome.</summary>
    public static Histogram<double> TurnDuration { get; } =
        Meter.CreateHistogram<double>("pixfra.bot.turn.duration", unit: "s", description: "Duration of one inbound activity turn");
}
