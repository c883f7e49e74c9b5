using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>The one set of JSON options for the wire: camelCase, nulls omitted, case-insensitive reads.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
