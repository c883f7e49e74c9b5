using System.Collections.Concurrent;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Protocol.Tests.Turns;

/// <summary>A routing surface whose behaviour each test sets; records every turn it is given.</summary>
internal sealed class TestHandler : IBotHandler
{
    public ConcurrentQueue<ITurnContext> Turns { get; } = new();

    public Func<ITurnContext, CancellationToken, Task<InvokeResponse?>> OnTurn { get; set; } =
        async (turn, ct) =>
        {
            await turn.SendAsync(new Activity { Text = "echo" }, ct);
            return null;
        };

    public Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turn);
        return OnTurn(turn, cancellationToken);
    }
}
