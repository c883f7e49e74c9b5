using System.Globalization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>
/// Writes timestamps the way channels write them, so recorded payloads round-trip unchanged:
/// JavaScript clients (Playground, Web Chat) send whole milliseconds with three digits
/// (<c>.670Z</c>), the Connector sends .NET round-trip format with seven (<c>.7810722Z</c>).
/// </summary>
internal static class WireTimestamp
{
    public static string Format(DateTimeOffset value, bool utc)
    {
        var fraction = value.Ticks % TimeSpan.TicksPerMillisecond == 0 ? "fff" : "fffffff";
        return utc
            ? value.UtcDateTime.ToString($"yyyy-MM-dd'T'HH:mm:ss.{fraction}'Z'", CultureInfo.InvariantCulture)
            : value.ToString($"yyyy-MM-dd'T'HH:mm:ss.{fraction}zzz", CultureInfo.InvariantCulture);
    }
}
