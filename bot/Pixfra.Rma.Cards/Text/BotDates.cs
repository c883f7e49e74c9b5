using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Pixfra.Rma.Cards.Text;

/// <summary>Dates as each language writes them ("3 Oct 2026", "2026年10月3日"); the pattern is a text resource too.</summary>
public static class BotDates
{
    public static string Format(LocalDate date, CultureInfo culture) =>
        LocalDatePattern.Create(BotText.Get("Date_Long", culture), culture).Format(date);
}
