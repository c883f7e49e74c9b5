using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Bot.Telemetry;

/// <summary>Runs the bot's handler inside the <see cref="TurnObserver"/>: log scope, span and duration per turn.</summary>
internal sealed class ObservedBotHandler<THandler>(THandler inner, TurnObserver observer) : IBotHandler
    where THandler : IBotHandler
{
    public Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return observer.ObserveAsync(turn.Activity, () => inner.OnTurnAsync(turn, cancellationToken));
    }
}
