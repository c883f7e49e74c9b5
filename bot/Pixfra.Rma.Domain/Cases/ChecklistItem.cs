using NodaTime;

namespace Pixfra.Rma.Domain.Cases;

/// <summary>The pre-shipment checklist of clause P11, in the order the policy gives it.</summary>
public enum ChecklistItem
{
    BackUpData,
    DeletePrivateInformation,
    FactoryReset,
}

/// <summary>
/// One answer to the checklist, with its time. Declining the factory reset is allowed (RMA will then
/// ask for the account password); declining the first two is not.
/// </summary>
public sealed record ChecklistAnswer(ChecklistItem Item, bool Confirmed, Instant At)
{
    public static bool MayBeDeclined(ChecklistItem item) => item == ChecklistItem.FactoryReset;
}
