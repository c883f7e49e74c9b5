using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Teams;
using Pixfra.Rma.Protocol.Turns;

namespace Pixfra.Rma.Bot.Demo;

/// <summary>
/// TEMPORARY demo handler, replaced by the RMA flows of issue 5: welcome card, echo with a test card,
/// Action.Submit acknowledged, Action.Execute answered with the card updated in place.
/// </summary>
internal sealed class WelcomeAndEchoHandler : BotHandler
{
    protected override Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.SendAsync(WelcomeAndEchoReplies.Echo(turn.Activity, TeamsActivity.TextWithoutBotMention(turn.Activity)), cancellationToken);

    protected override Task OnCardSubmitAsync(ITurnContext turn, JsonNode value, CancellationToken cancellationToken) =>
        turn.SendAsync(WelcomeAndEchoReplies.AcknowledgeSubmit(turn.Activity), cancellationToken);

    protected override Task OnConversationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        WelcomeIfDueAsync(turn, cancellationToken);

    protected override Task OnInstallationUpdateAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        WelcomeIfDueAsync(turn, cancellationToken);

    protected override Task<AdaptiveCardInvokeResponse> OnAdaptiveCardActionAsync(ITurnContext turn, AdaptiveCardInvokeValue value, CancellationToken cancellationToken) =>
        Task.FromResult(WelcomeAndEchoReplies.Execute(turn.Activity));

    private static Task WelcomeIfDueAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        WelcomeAndEchoReplies.ShouldWelcome(turn.Activity)
            ? turn.SendAsync(WelcomeAndEchoReplies.Welcome(turn.Activity), cancellationToken)
            : Task.CompletedTask;
}
