using Pixfra.Rma.Domain.Holidays;

namespace Pixfra.Rma.Domain.Warranty;

public enum CoverageStatus
{
    Covered,
    Expired,

    /// <summary>Painted, tampered or label removed (clause P9): paid repair through the seller.</summary>
    Excluded,

    /// <summary>No start date can be proven (clause P4): staff decide, the bot never guesses.</summary>
    Unverified,
}

public enum CoveredPart
{
    Components,
    Battery,
}

/// <summary>The verdict for one part of a unit.</summary>
/// <param name="LastDay">The last warranty day before and after the holiday rule; null when there is no start date.</param>
public sealed record CoverageVerdict(CoveredPart Part, CoverageStatus Status, int TermYears, LastDay? LastDay);
