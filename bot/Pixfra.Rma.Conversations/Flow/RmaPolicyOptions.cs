namespace Pixfra.Rma.Conversations.Flow;

/// <summary>Settings of the RMA flows (section <c>Rma</c>).</summary>
public sealed class RmaPolicyOptions
{
    /// <summary>The policy text's version, recorded on every RMA (the policy may be amended at any time).</summary>
    public string PolicyVersion { get; set; } = "pixfra-rma-policy-2026";

    /// <summary>How long a looked-up role is trusted before the directories are asked again.</summary>
    public TimeSpan IdentityRecheckAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>RMAs per page in "my RMAs".</summary>
    public int ListPageSize { get; set; } = 5;

    /// <summary>Units one RMA may hold; a pasted list beyond it is refused with the limit named.</summary>
    public int MaxLinesPerRma { get; set; } = 200;
}
