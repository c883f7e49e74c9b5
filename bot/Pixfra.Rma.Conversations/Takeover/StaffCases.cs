using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Takeover;

/// <summary>Staff changes to a case: read it with its ETag, apply the domain operation, write; redo on a concurrent write.</summary>
internal static class StaffCases
{
    private const int Attempts = 3;

    /// <summary>
    /// The changed case, or null when there is no such case. Domain refusals (<see cref="InvalidRmaTransitionException"/>)
    /// propagate. When the case's last history entry is by <paramref name="actor"/> at this turn's instant and is
    /// <paramref name="sameChange"/>, this turn already made the change and is being run again (after a concurrent write to its own chat):
    /// the case is returned as it is, so the change is neither refused nor recorded twice.
    /// </summary>
    public static async Task<RmaCase?> ModifyAsync(FlowTurn turn, RmaNumber number, Actor actor, Func<StatusChange, bool> sameChange, Func<RmaCase, RmaCase> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await turn.Services.Cases.GetAsync(number, turn.CancellationToken);
            if (stored is null)
            {
                return null;
            }

            if (stored.Value.History is [.., var last] && last.At == turn.Now && last.Actor == actor && sameChange(last))
            {
                return stored.Value;
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
