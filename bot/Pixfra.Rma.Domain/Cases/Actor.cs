namespace Pixfra.Rma.Domain.Cases;

public enum ActorKind
{
    Distributor,
    Staff,

    /// <summary>The bot itself, e.g. expiring a number whose window passed.</summary>
    System,
}

/// <summary>Who made a change, recorded with every transition for audit.</summary>
public sealed record Actor(ActorKind Kind, string Id, string? Name)
{
    public static Actor System { get; } = new(ActorKind.System, "pixfra-rma-bot", null);
}
