namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// What the host does with a Slack event or interaction, after it was verified, de-duplicated and acknowledged.
/// Resolved from a fresh scope per item; runs one at a time per Slack conversation.
/// </summary>
public interface ISlackHandler
{
    Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken);

    Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken);
}
