using NodaTime;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Reminders;

/// <summary>One reminder to deliver: to the chat the number was issued in, about that number, as of the scan's instant.</summary>
/// <param name="DaysLeft">Whole China days after today still valid (0 on the last day); 0 when expired.</param>
public sealed record ReminderNotice(
    ConversationAddress To,
    RmaNumber Number,
    string ReminderId,
    bool IsExpired,
    int DaysLeft,
    LocalDate LastDay,
    IReadOnlyList<ReminderUnit> Units);

/// <summary>A unit travelling on the number, as the reminder lists it.</summary>
public sealed record ReminderUnit(string SerialNumber, string ModelCode);
