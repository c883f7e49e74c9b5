using System.Text.Json.Nodes;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>
/// The answer to a <c>view_submission</c>: <see cref="Body"/> is sent in the HTTP response (<c>response_action</c>
/// <c>errors</c>, <c>update</c> or <c>clear</c>; null = an empty 200, which closes the modal), and
/// <see cref="FollowUp"/> runs afterwards, queued under the conversation's lock (posting the turn's replies), so
/// Web API calls never delay the answer Slack waits for.
/// </summary>
public sealed record SlackViewResponse(JsonObject? Body, Func<IServiceProvider, CancellationToken, Task>? FollowUp = null)
{
    public static SlackViewResponse Close { get; } = new(Body: null);

    public static SlackViewResponse Errors(IReadOnlyDictionary<string, string> errors, Func<IServiceProvider, CancellationToken, Task>? followUp = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var fields = new JsonObject();
        foreach (var (blockId, text) in errors)
        {
            fields[blockId] = text;
        }

        return new(new JsonObject { ["response_action"] = "errors", ["errors"] = fields }, followUp);
    }

    public static SlackViewResponse Update(JsonObject view, Func<IServiceProvider, CancellationToken, Task>? followUp = null) =>
        new(new JsonObject { ["response_action"] = "update", ["view"] = view.DeepClone() }, followUp);

    public static SlackViewResponse Clear(Func<IServiceProvider, CancellationToken, Task>? followUp = null) =>
        new(new JsonObject { ["response_action"] = "clear" }, followUp);
}
