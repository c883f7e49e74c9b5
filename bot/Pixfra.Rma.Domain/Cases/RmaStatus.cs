namespace Pixfra.Rma.Domain.Cases;

public enum RmaStatus
{
    /// <summary>Being filled in; no number shown yet.</summary>
    Draft,

    /// <summary>Number issued; the 30-day window runs (clause P12).</summary>
    Authorized,

    /// <summary>The window passed before the units arrived; the number is dead.</summary>
    Expired,

    /// <summary>Replaced by a reissued number; <see cref="RmaCase.SupersededBy"/> says which.</summary>
    Superseded,
    InTransit,
    Received,
    Inspecting,
    InRepair,
    ShippedBack,
    Closed,
    Cancelled,
    Rejected,
}
