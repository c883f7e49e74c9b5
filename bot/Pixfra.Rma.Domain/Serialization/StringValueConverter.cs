using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Domain.Serialization;

/// <summary>
/// Stores a validated value type as its string form and validates it again on the way in, so a
/// document edited by hand cannot smuggle a malformed serial or RMA number past the domain.
/// </summary>
public abstract class StringValueConverter<T> : JsonConverter<T>
    where T : struct
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return TryParse(text, out var value) ? value : throw new JsonException($"\"{text}\" is not a valid {typeof(T).Name}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    protected abstract bool TryParse(string? text, out T value);
}

internal sealed class SerialNumberJsonConverter : StringValueConverter<Catalog.SerialNumber>
{
    protected override bool TryParse(string? text, out Catalog.SerialNumber value) => Catalog.SerialNumber.TryParse(text, out value, out _);
}

internal sealed class PartNumberJsonConverter : StringValueConverter<Catalog.PartNumber>
{
    protected override bool TryParse(string? text, out Catalog.PartNumber value) => Catalog.PartNumber.TryParse(text, out value, out _);
}

internal sealed class RmaNumberJsonConverter : StringValueConverter<Rma.RmaNumber>
{
    protected override bool TryParse(string? text, out Rma.RmaNumber value) => Rma.RmaNumber.TryParse(text, out value);
}
