using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// A button of an Adaptive Card: <c>Action.Submit</c> (its data, with the verb inside) or <c>Action.Execute</c> (a verb
/// beside its data). <see cref="Index"/> is its place among the card's actions in reading order, so a stored card and
/// a click can name the same action. <see cref="TakesInputs"/>: the card has inputs and the action sends them
/// (<c>associatedInputs</c> is not <c>none</c>), so on Slack it opens a modal instead of acting at once.
/// </summary>
public sealed record CardAction(int Index, bool IsExecute, string Title, string? Verb, JsonObject Data, bool TakesInputs);
