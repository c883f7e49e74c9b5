using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>
/// Changes another conversation's state from this turn (a staff click sets the distributor's takeover): read
/// with its ETag, change, write; a concurrent turn there makes us read and change again.
/// </summary>
internal static class OtherConversations
{
    private const int Attempts = 5;

    public static async Task<ConversationState> UpdateAsync(FlowTurn turn, ConversationKey conversation, Func<ConversationState, ConversationState> change)
    {
        var states = turn.Services.StateStore;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await states.GetAsync<ConversationState>(conversation, turn.CancellationToken);
            var next = change(stored?.Value ?? ConversationState.New);
            try
            {
                await states.SaveAsync(conversation, next, stored?.ETag, turn.CancellationToken);
                return next;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // The distributor's own turn wrote meanwhile: apply the change to what it wrote.
            }
        }
    }
}
