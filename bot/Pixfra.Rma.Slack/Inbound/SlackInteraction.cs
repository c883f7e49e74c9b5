using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// A click or form submission from the interactivity endpoint: <c>block_actions</c> (buttons; the first action is the
/// one clicked) or <c>view_submission</c> (a modal's <see cref="View"/> with its <c>state.values</c>).
/// <see cref="MessageThreadTs"/> is the thread the clicked message is in, when it is in one.
/// </summary>
public sealed record SlackInteraction(
    string Type,
    string TeamId,
    string UserId,
    string? ChannelId,
    string? MessageTs,
    string? TriggerId,
    IReadOnlyList<SlackAction> Actions,
    JsonObject? View,
    string? MessageThreadTs = null)
{
    public const string BlockActions = "block_actions";
    public const string ViewSubmission = "view_submission";
}
