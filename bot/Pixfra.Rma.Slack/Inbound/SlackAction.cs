namespace Pixfra.Rma.Slack.Inbound;

/// <summary>One element of a <c>block_actions</c> payload; a button's value is what the bot put in it.</summary>
public sealed record SlackAction(string ActionId, string? Value);
