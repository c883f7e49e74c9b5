using System.Globalization;
using NodaTime;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Domain.Time;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Times shown to staff: China time (where Pixfra support works), date and minute.</summary>
internal static class StaffTime
{
    public static string Format(Instant at, CultureInfo culture)
    {
        var local = at.InZone(ChinaTime.Zone).LocalDateTime;
        return $"{BotDates.Format(local.Date, culture)} {local.Hour.ToString("D2", CultureInfo.InvariantCulture)}:{local.Minute.ToString("D2", CultureInfo.InvariantCulture)}";
    }
}
