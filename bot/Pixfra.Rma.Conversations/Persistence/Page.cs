namespace Pixfra.Rma.Conversations.Persistence;

/// <summary>
/// One page of a listing in a stable order. Pass <see cref="ContinuationToken"/> back to get the next page;
/// null means this was the last page. Tokens are opaque and only valid for the same query on the same store.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
