namespace Pixfra.Rma.Domain.Cases;

/// <summary>Which status may follow which. Anything not listed is refused.</summary>
public static class RmaLifecycle
{
    private static readonly Dictionary<RmaStatus, RmaStatus[]> Next = new()
    {
        [RmaStatus.Draft] = [RmaStatus.Authorized, RmaStatus.Cancelled, RmaStatus.Rejected],
        [RmaStatus.Authorized] = [RmaStatus.InTransit, RmaStatus.Received, RmaStatus.Expired, RmaStatus.Superseded, RmaStatus.Cancelled, RmaStatus.Rejected],
        [RmaStatus.InTransit] = [RmaStatus.Received, RmaStatus.Expired],
        [RmaStatus.Expired] = [RmaStatus.Superseded, RmaStatus.Cancelled],
        [RmaStatus.Received] = [RmaStatus.Inspecting, RmaStatus.Rejected],
        [RmaStatus.Inspecting] = [RmaStatus.InRepair, RmaStatus.Rejected],
        [RmaStatus.InRepair] = [RmaStatus.ShippedBack],
        [RmaStatus.ShippedBack] = [RmaStatus.Closed],
        [RmaStatus.Superseded] = [],
        [RmaStatus.Closed] = [],
        [RmaStatus.Cancelled] = [],
        [RmaStatus.Rejected] = [],
    };

    public static bool Allows(RmaStatus from, RmaStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<RmaStatus> NextOf(RmaStatus from) => Next[from];

    /// <summary>Closing and rejecting must say why: the distributor reads it.</summary>
    public static bool RequiresReason(RmaStatus to) => to is RmaStatus.Closed or RmaStatus.Rejected;

    public static bool IsFinal(RmaStatus status) => Next[status].Length == 0;
}
