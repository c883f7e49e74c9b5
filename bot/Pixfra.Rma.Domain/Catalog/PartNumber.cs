using System.Diagnostics.CodeAnalysis;

namespace Pixfra.Rma.Domain.Catalog;

/// <summary>A part number as printed on the label: ASCII letters and digits, with the hyphens, dots and slashes part numbers use.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PartNumberJsonConverter))]
public readonly record struct PartNumber
{
    public const int MinLength = 4;
    public const int MaxLength = 40;

    private PartNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out PartNumber partNumber, [NotNullWhen(false)] out IdentifierProblem? problem)
    {
        var ok = Identifier.TryNormalize(input, MinLength, MaxLength, c => Identifier.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '/', out var value, out problem);
        partNumber = ok ? new PartNumber(value) : default;
        return ok;
    }

    public static PartNumber Parse(string input) =>
        TryParse(input, out var partNumber, out var problem)
            ? partNumber
            : throw new FormatException($"Not a part number ({problem.Kind}): \"{input}\".");

    public override string ToString() => Value;
}
