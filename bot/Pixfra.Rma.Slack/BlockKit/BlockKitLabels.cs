namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// The few texts Block Kit needs that a card does not have, in the reader's language; the host takes them from its
/// resources. <see cref="OpenFormFor"/> is a format with <c>{0}</c> for an action's title, used when a card has
/// several actions that each open the form. <see cref="Refresh"/> labels the button that stands for a card's
/// self-refresh (Teams refreshes such a card when it is shown; Slack cannot).
/// </summary>
public sealed record BlockKitLabels(
    string OpenForm,
    string OpenFormFor,
    string FormTitle,
    string Cancel,
    string Required,
    string Invalid,
    string TooLong,
    string InvalidDate,
    string Refresh);
