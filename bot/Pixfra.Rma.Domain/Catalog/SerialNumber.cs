using System.Diagnostics.CodeAnalysis;

namespace Pixfra.Rma.Domain.Catalog;

/// <summary>A unit's serial number as printed on its label: ASCII letters and digits only.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SerialNumberJsonConverter))]
public readonly record struct SerialNumber
{
    public const int MinLength = 6;
    public const int MaxLength = 32;

    private SerialNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, out SerialNumber serialNumber, [NotNullWhen(false)] out IdentifierProblem? problem)
    {
        var ok = Identifier.TryNormalize(input, MinLength, MaxLength, Identifier.IsAsciiLetterOrDigit, out var value, out problem);
        serialNumber = ok ? new SerialNumber(value) : default;
        return ok;
    }

    public static SerialNumber Parse(string input) =>
        TryParse(input, out var serialNumber, out var problem)
            ? serialNumber
            : throw new FormatException($"Not a serial number ({problem.Kind}): \"{input}\".");

    public override string ToString() => Value;
}
