namespace Pixfra.Rma.Conversations.Persistence;

/// <summary>
/// A stored value with the opaque version tag the store gave it. Pass the tag back on the next write:
/// the store refuses the write with <see cref="ConcurrencyConflictException"/> if someone wrote in between.
/// </summary>
public sealed record Versioned<T>(T Value, string ETag);
