using System.Globalization;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>The reminder card: which number, why now (days left or expired, and the last day), and the next step.</summary>
public static class ReminderCardView
{
    public static RenderedCard Render(ReminderNotice notice, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var number = notice.Number.ToString();
        var lastDay = BotDates.Format(notice.LastDay, culture);
        var title = notice switch
        {
            { IsExpired: true } => Text("Reminder_Title_Expired", number),
            { DaysLeft: 0 } => Text("Reminder_Title_LastDay", number),
            { DaysLeft: 1 } => Text("Reminder_Title_OneDay", number),
            _ => Text("Reminder_Title_DaysLeft", notice.DaysLeft, number),
        };
        return CardRenderer.Render(
            new ReminderCard(
                number,
                title,
                Text(notice.IsExpired ? "Reminder_Reason_Expired" : "Reminder_Reason_Valid", number, lastDay),
                BotText.Get(notice.IsExpired ? "Reminder_NextStep_Reissue" : "Reminder_NextStep_Ship", culture),
                notice.IsExpired,
                [.. notice.Units.Select(u => new RmaNumberCardLine(u.SerialNumber, u.ModelCode))]),
            culture);

        string Text(string key, params object?[] args) => BotText.Format(key, culture, args);
    }
}
