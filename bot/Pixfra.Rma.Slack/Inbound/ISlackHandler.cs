namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// What the host does with a Slack event or interaction, after it was verified, de-duplicated and acknowledged.
/// Resolved from a fresh scope per item; runs one at a time per Slack conversation.
/// </summary>
public interface ISlackHandler
{
    Task HandleEventAsync(SlackEvent slackEvent, CancellationToken cancellationToken);

    Task HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken);

    /// <summary>
    /// A modal's submission, answered in the HTTP response (Slack waits at most 3 s); runs under the conversation's
    /// lock, from the request's scope. <paramref name="form"/> is the modal's private_metadata, untrusted.
    /// </summary>
    Task<SlackViewResponse> HandleViewSubmissionAsync(SlackInteraction interaction, Forms.SlackFormMetadata form, CancellationToken cancellationToken);
}
