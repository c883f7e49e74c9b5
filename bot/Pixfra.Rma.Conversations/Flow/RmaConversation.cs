using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>
/// One turn of the RMA conversation: read the state once, resolve who is speaking, run the step, write the
/// state once — and only then hand the replies back, so nothing shown is ever lost (write before reply).
/// A concurrent write from another instance is answered by running the turn again on the fresh state, once.
/// </summary>
public sealed class RmaConversation(IConversationStateStore states, FlowServices services)
{
    public async Task<TurnOutput> HandleAsync(ConversationKey conversation, Speaker speaker, TurnInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var now = services.Clock.GetCurrentInstant();
        var culture = BotCulture.FromLocale(input.Locale);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await states.GetAsync<ConversationState>(conversation, cancellationToken);
            var turn = new FlowTurn(services, conversation, speaker, input, culture, now, stored?.Value ?? ConversationState.New, cancellationToken);
            await FlowRouter.RouteAsync(turn, isNewConversation: stored is null);
            Transcript.RecordReplies(turn);
            try
            {
                await states.SaveAsync(conversation, turn.State, stored?.ETag, cancellationToken);
                return new TurnOutput(turn.Replies, turn.InvokeCard, turn.Outbound, turn.InvokeMessage);
            }
            catch (ConcurrencyConflictException) when (attempt == 1)
            {
                // Another instance wrote this conversation meanwhile: redo the turn on what it wrote.
            }
        }
    }
}
