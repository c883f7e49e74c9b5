using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Remembers where a handoff's card was posted, once the host has created the staff thread.</summary>
public static class HandoffThreads
{
    public static async Task RecordAsync(IHandoffStore store, string handoffId, ConversationKey thread, string? cardActivityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(handoffId, cancellationToken);
            if (stored is null)
            {
                return;
            }

            try
            {
                await store.SaveAsync(stored.Value with { StaffThread = thread, CardActivityId = cardActivityId ?? stored.Value.CardActivityId }, stored.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
                // Claimed or cancelled meanwhile: keep that, add the thread.
            }
        }
    }
}
