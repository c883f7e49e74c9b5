using System.Globalization;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>Dates as Adaptive Cards and Slack's datepicker both write them: <c>yyyy-MM-dd</c>.</summary>
internal static class CardFormDates
{
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
