using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Staff changes to a case: read it with its ETag, apply the domain operation, write; redo on a concurrent write.</summary>
internal static class StaffCases
{
    private const int Attempts = 3;

    /// <summary>The changed case, or null when there is no such case. Domain refusals (<see cref="InvalidRmaTransitionException"/>) propagate.</summary>
    public static async Task<RmaCase?> ModifyAsync(FlowTurn turn, RmaNumber number, Func<RmaCase, RmaCase> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await turn.Services.Cases.GetAsync(number, turn.CancellationToken);
            if (stored is null)
            {
                return null;
            }

            var changed = change(stored.Value);
            try
            {
                await turn.Services.Cases.SaveAsync(changed, stored.ETag, turn.CancellationToken);
                return changed;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Someone changed the case meanwhile: apply the operation to what they wrote.
            }
        }
    }
}
