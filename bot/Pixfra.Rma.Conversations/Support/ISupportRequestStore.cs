namespace Pixfra.Rma.Conversations.Support;

/// <summary>The queue of requests for Pixfra staff.</summary>
public interface ISupportRequestStore
{
    /// <summary>Records a new request (ids are unique; a second save of the same id is a no-op).</summary>
    Task AddAsync(SupportRequest request, CancellationToken cancellationToken);

    /// <summary>The newest requests first.</summary>
    Task<IReadOnlyList<SupportRequest>> ListRecentAsync(int count, CancellationToken cancellationToken);
}
