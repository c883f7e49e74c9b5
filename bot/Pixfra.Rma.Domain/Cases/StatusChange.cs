using NodaTime;

namespace Pixfra.Rma.Domain.Cases;

public sealed record StatusChange(RmaStatus From, RmaStatus To, Instant At, Actor Actor, string? Reason);
