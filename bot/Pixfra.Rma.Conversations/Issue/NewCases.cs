using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Conversations.Issue;

/// <summary>Writes a case under a new number; the store's insert is what proves the number unused.</summary>
public static class NewCases
{
    private const int NumberAttempts = 5;

    /// <summary>
    /// Inserts the case <paramref name="build"/> makes for <paramref name="number"/>; when that number was taken
    /// meanwhile, draws another and builds again.
    /// </summary>
    public static async Task<RmaCase> InsertAsync(FlowTurn turn, RmaNumber number, Func<RmaNumber, RmaCase> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        for (var attempt = 1; ; attempt++)
        {
            var rmaCase = build(number);
            try
            {
                await turn.Services.Cases.SaveAsync(rmaCase, expectedETag: null, turn.CancellationToken);
                return rmaCase;
            }
            catch (ConcurrencyConflictException) when (attempt < NumberAttempts)
            {
                number = turn.Services.Numbers.Draw();
            }
        }
    }
}
