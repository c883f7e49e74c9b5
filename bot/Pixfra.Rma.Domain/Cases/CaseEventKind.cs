namespace Pixfra.Rma.Domain.Cases;

/// <summary>What a history entry records.</summary>
public enum CaseEventKind
{
    /// <summary>The status moved.</summary>
    StatusChange,

    /// <summary>Staff excluded a line after inspection (P9): it no longer travels as a warranty repair.</summary>
    LineExcluded,

    /// <summary>Staff asked the distributor for more information.</summary>
    InformationRequested,

    /// <summary>A note for staff only: never shown to the distributor.</summary>
    StaffNote,

    /// <summary>A support person took over, handed back or resolved a conversation about this case.</summary>
    Takeover,
}

public static class CaseEventKinds
{
    /// <summary>Entries a distributor-facing view must never show.</summary>
    public static bool IsStaffOnly(this CaseEventKind kind) => kind == CaseEventKind.StaffNote;
}
