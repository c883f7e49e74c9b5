using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>The routing surface the pipeline calls once per de-duplicated, authenticated activity.</summary>
public interface IBotHandler
{
    /// <summary>
    /// Handles the turn. For an <c>invoke</c> the returned response becomes the HTTP answer (null → 501,
    /// as BBD answers an unhandled invoke); for every other type it is ignored.
    /// </summary>
    Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken);
}
