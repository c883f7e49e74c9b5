using System.Text.Json;
using System.Text.Json.Nodes;
using Pixfra.Rma.Slack.BlockKit;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>
/// What a modal's <c>private_metadata</c> carries to turn its submission back into the card's submit: the stored
/// form, the action (kind, verb, data), the Slack channel of the conversation (and its thread, in the staff
/// channel) and the message whose button opened it. Slack returns it unchanged, but it is read as untrusted all the same: the team comes from the signed payload,
/// the channel must match the stored form's conversation, and the flow validates the data again.
/// </summary>
public sealed record SlackFormMetadata(string FormId, int ActionIndex, string ChannelId, string? MessageTs, bool IsExecute, string? Verb, JsonObject Data, string? ThreadTs = null)
{
    public static SlackFormMetadata From(string formId, CardAction action, string channelId, string? messageTs, string? threadTs = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(formId, action.Index, channelId, messageTs, action.IsExecute, action.Verb, action.Data, threadTs);
    }

    /// <summary>The JSON for <c>private_metadata</c>; the data is left out if it would not fit (the stored card has it).</summary>
    public string Write()
    {
        var json = new JsonObject
        {
            ["f"] = FormId,
            ["a"] = ActionIndex,
            ["c"] = ChannelId,
            ["m"] = MessageTs,
            ["t"] = ThreadTs,
            ["x"] = IsExecute,
            ["v"] = Verb,
            ["d"] = Data.DeepClone(),
        };
        var text = json.ToJsonString();
        if (text.Length <= SlackModalBuilder.MaxPrivateMetadata)
        {
            return text;
        }

        json.Remove("d");
        return json.ToJsonString();
    }

    public static SlackFormMetadata? Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > SlackModalBuilder.MaxPrivateMetadata)
        {
            return null;
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (json is null
            || CardElements.Text(json, "f") is not { Length: > 0 } form
            || json["a"] is not JsonValue a || !a.TryGetValue<int>(out var index)
            || CardElements.Text(json, "c") is not { Length: > 0 } channel)
        {
            return null;
        }

        var isExecute = json["x"] is JsonValue x && x.TryGetValue<bool>(out var execute) && execute;
        var data = json["d"] as JsonObject is { } d ? (JsonObject)d.DeepClone() : [];
        return new SlackFormMetadata(form, index, channel, CardElements.Text(json, "m"), isExecute, CardElements.Text(json, "v"), data, CardElements.Text(json, "t"));
    }
}
