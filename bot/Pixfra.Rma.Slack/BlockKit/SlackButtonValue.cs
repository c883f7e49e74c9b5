using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Slack.Inbound;

namespace Pixfra.Rma.Slack.BlockKit;

/// <summary>
/// What a Block Kit button the renderer made stands for, read back from a click. Action ids say the kind
/// (<c>submit-n</c>, <c>execute-n</c>, <c>form-n</c>); values are JSON the bot wrote, but a click is user-controlled
/// all the same, so anything unexpected reads as null and the flows validate the rest.
/// </summary>
public abstract record SlackButtonValue
{
    public const string SubmitPrefix = "submit-";
    public const string ExecutePrefix = "execute-";
    public const string FormPrefix = "form-";

    /// <summary>An <c>Action.Submit</c>: its data, as Teams sends it.</summary>
    public sealed record Submit(JsonObject Data) : SlackButtonValue;

    /// <summary>An <c>Action.Execute</c>: its verb and data, as Teams sends an <c>adaptiveCard/action</c> invoke.</summary>
    public sealed record Execute(string Verb, JsonObject Data) : SlackButtonValue;

    /// <summary>An action that sends the card's inputs: opens the stored card <paramref name="FormId"/> as a modal.</summary>
    public sealed record OpenForm(string FormId, int ActionIndex) : SlackButtonValue;

    public static SlackButtonValue? Read(SlackAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.Value is null || Parse(action.Value) is not { } value)
        {
            return null;
        }

        if (action.ActionId.StartsWith(SubmitPrefix, StringComparison.Ordinal))
        {
            return new Submit(value);
        }

        if (action.ActionId.StartsWith(ExecutePrefix, StringComparison.Ordinal)
            && CardElements.Text(value, "verb") is { Length: > 0 } verb)
        {
            return new Execute(verb, value["data"] as JsonObject is { } data ? (JsonObject)data.DeepClone() : []);
        }

        if (action.ActionId.StartsWith(FormPrefix, StringComparison.Ordinal)
            && CardElements.Text(value, "form") is { Length: > 0 } form
            && value["action"] is JsonValue index && index.TryGetValue<int>(out var actionIndex))
        {
            return new OpenForm(form, actionIndex);
        }

        return null;
    }

    internal static string ExecuteValue(string verb, JsonObject data) =>
        new JsonObject { ["verb"] = verb, ["data"] = data.DeepClone() }.ToJsonString();

    internal static string FormValue(string formId, int actionIndex) =>
        new JsonObject { ["form"] = formId, ["action"] = actionIndex }.ToJsonString();

    internal static string Id(string prefix, int n) => prefix + n.ToString(CultureInfo.InvariantCulture);

    private static JsonObject? Parse(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
