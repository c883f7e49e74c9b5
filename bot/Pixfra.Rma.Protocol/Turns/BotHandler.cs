using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Turns;

/// <summary>
/// Routes a turn to one method per kind of activity; override the ones you handle. Unknown activity
/// types are ignored (A2014).
/// </summary>
public abstract class BotHandler : IBotHandler
{
    public const string AdaptiveCardActionInvokeName = "adaptiveCard/action";

    public async Task<InvokeResponse?> OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message when activity.Value is not null && string.IsNullOrWhiteSpace(activity.Text):
                await OnCardSubmitAsync(turn, activity.Value, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when string.Equals(activity.Name, AdaptiveCardActionInvokeName, StringComparison.Ordinal):
                var value = activity.ValueAs<AdaptiveCardInvokeValue>();
                if (value?.Action is null)
                {
                    return InvokeResponse.FromAdaptiveCardResponse(
                        AdaptiveCardInvokeResponse.Error(400, "BadRequest", "Missing action in adaptiveCard/action value."));
                }

                return InvokeResponse.FromAdaptiveCardResponse(await OnAdaptiveCardActionAsync(turn, value, cancellationToken));
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            default:
                await OnOtherActivityAsync(turn, cancellationToken);
                return null;
        }
    }

    /// <summary>A message the user typed (text, attachments, mentions).</summary>
    protected virtual Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An Action.Submit click: a message with no text whose value holds the card's data and inputs.</summary>
    protected virtual Task OnCardSubmitAsync(ITurnContext turn, JsonNode value, CancellationToken cancellationToken) =>
        OnMessageAsync(turn, cancellationToken);

    protected virtual Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>An Action.Execute click; the answer replaces the card or shows a message (PROTOCOL.md §4).</summary>
    protected virtual Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(
        ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken) =>
        Task.FromResult(AdaptiveCardInvokeResponse.Error(501, "NotImplemented", "This card action is not handled."));

    /// <summary>Any other invoke; null answers 501.</summary>
    protected virtual Task<InvokeResponse?> OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        Task.FromResult<InvokeResponse?>(null);

    /// <summary>event, messageReaction, messageUpdate, … and types we do not know.</summary>
    protected virtual Task OnOtherActivityAsync(ITurnContext turn, CancellationToken cancellationToken) => Task.CompletedTask;
}
