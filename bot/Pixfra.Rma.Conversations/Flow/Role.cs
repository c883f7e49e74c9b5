namespace Pixfra.Rma.Conversations.Flow;

public enum Role
{
    Unknown,

    /// <summary>Said they are an end user: sent to their seller (P2).</summary>
    EndUser,

    /// <summary>Said they are a distributor but are not in the directory: registration requested (P1).</summary>
    UnregisteredDistributor,

    /// <summary>In the directory of authorized distributors (P1).</summary>
    Distributor,

    /// <summary>Pixfra support staff, from the staff directory.</summary>
    Staff,
}
