using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.WebApi;

/// <summary>A message to post or an update of one: <see cref="Text"/> is what notifications and screen readers use.</summary>
public sealed record SlackMessage(string Channel, string Text, JsonArray? Blocks = null, string? ThreadTs = null);
