using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Storage.Json;

/// <summary>
/// The one JSON shape every adapter stores documents in: camelCase, enums as names, NodaTime values as ISO text.
/// Both adapters use it so a document moved between them reads the same. Domain records are stored as they are
/// (their value types carry their own converters); their computed, get-only properties are left out because they
/// are derived on read.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is JSON null.");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SkipDerivedDomainProperties } },
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.MakeReadOnly();
        return options;
    }

    private static void SkipDerivedDomainProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Assembly != typeof(RmaCase).Assembly)
        {
            return;
        }

        foreach (var property in typeInfo.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
        {
            typeInfo.Properties.Remove(property);
        }
    }
}
