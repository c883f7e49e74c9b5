using System.Text.Json.Nodes;

namespace Pixfra.Rma.Testing.Slack;

/// <summary>One Web API call the fake received: method name (<c>chat.postMessage</c>), bearer token and arguments (JSON or form fields).</summary>
public sealed record SlackCall(string Method, string Authorization, JsonObject Arguments)
{
    /// <summary>The message's <c>ts</c>: the one the fake gave a posted message, or the one an update named.</summary>
    public string? Ts { get; init; }

    public string? Argument(string name) => Arguments[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : Arguments[name]?.ToJsonString();
}
