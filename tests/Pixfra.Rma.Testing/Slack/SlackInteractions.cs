using System.Text.Json.Nodes;

namespace Pixfra.Rma.Testing.Slack;

/// <summary>Interactivity payloads as Slack sends them: a button click, and a modal's submission.</summary>
public static class SlackInteractions
{
    /// <summary><c>block_actions</c>: <paramref name="user"/> clicks <paramref name="button"/> on the message <paramref name="messageTs"/>.</summary>
    public static string Click(string team, string user, string channel, string messageTs, JsonObject button, string? threadTs = null)
    {
        ArgumentNullException.ThrowIfNull(button);
        var message = new JsonObject { ["ts"] = messageTs };
        if (threadTs is not null)
        {
            message["thread_ts"] = threadTs;
        }

        return new JsonObject
        {
            ["type"] = "block_actions",
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = user },
            ["channel"] = new JsonObject { ["id"] = channel },
            ["message"] = message,
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = button["action_id"]!.DeepClone(), ["value"] = button["value"]!.DeepClone() }),
        }.ToJsonString();
    }

    /// <summary>
    /// <c>view_submission</c> of the modal <paramref name="view"/> the bot opened, with these values (input id → value
    /// as the user picks it): every input block of the view in state.values, in the shape of its element.
    /// </summary>
    public static string Submission(string team, string user, JsonObject view, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(values);
        var state = new JsonObject();
        foreach (var input in view["blocks"]!.AsArray().OfType<JsonObject>().Where(b => (string?)b["type"] == "input"))
        {
            var blockId = (string)input["block_id"]!;
            var element = input["element"]!.AsObject();
            var type = (string)element["type"]!;
            var actionId = (string)element["action_id"]!;
            var value = values.GetValueOrDefault(blockId);
            var control = new JsonObject { ["type"] = type };
            switch (type)
            {
                case "static_select":
                    control["selected_option"] = element["options"]!.AsArray().FirstOrDefault(o => (string?)o!["value"] == value)?.DeepClone();
                    break;
                case "datepicker":
                    control["selected_date"] = string.IsNullOrEmpty(value) ? null : value;
                    break;
                case "checkboxes":
                    control["selected_options"] = new JsonArray([.. element["options"]!.AsArray().Where(o => (string?)o!["value"] == value).Select(o => o!.DeepClone())]);
                    break;
                default:
                    control["value"] = string.IsNullOrEmpty(value) ? null : value;
                    break;
            }

            state[blockId] = new JsonObject { [actionId] = control };
        }

        return new JsonObject
        {
            ["type"] = "view_submission",
            ["trigger_id"] = "trigger-" + Guid.NewGuid().ToString("N"),
            ["team"] = new JsonObject { ["id"] = team },
            ["user"] = new JsonObject { ["id"] = user },
            ["view"] = new JsonObject
            {
                ["id"] = "V0E2E",
                ["type"] = "modal",
                ["callback_id"] = view["callback_id"]?.DeepClone(),
                ["private_metadata"] = view["private_metadata"]?.DeepClone(),
                ["state"] = new JsonObject { ["values"] = state },
            },
        }.ToJsonString();
    }
}
