using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Pixfra.Rma.Storage.Json;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Lets the Cosmos SDK read and write documents with System.Text.Json and <see cref="StorageJson.Options"/>
/// (NodaTime values, domain value converters), instead of its built-in Newtonsoft.Json.
/// </summary>
public sealed class CosmosSystemTextJsonSerializer(JsonSerializerOptions options) : CosmosSerializer
{
    public CosmosSystemTextJsonSerializer()
        : this(StorageJson.Options)
    {
    }

    public override T FromStream<T>(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (typeof(Stream).IsAssignableFrom(typeof(T)))
        {
            return (T)(object)stream;
        }

        using (stream)
        {
            if (stream.CanSeek && stream.Length == 0)
            {
                return default!;
            }

            return JsonSerializer.Deserialize<T>(stream, options)!;
        }
    }

    public override Stream ToStream<T>(T input)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, input, options);
        stream.Position = 0;
        return stream;
    }
}
