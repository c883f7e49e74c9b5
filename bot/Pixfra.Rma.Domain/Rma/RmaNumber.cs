using System.Text;

namespace Pixfra.Rma.Domain.Rma;

/// <summary>
/// An RMA number such as <c>RMA-7K3M-9Q2D</c>: seven random Crockford base-32 symbols and a check symbol.
/// Crockford's alphabet has no I, L, O or U, so it survives being read over the phone; the check symbol
/// (Luhn mod 32) rejects every single mistyped symbol and every swap of two neighbours but 0↔Z (Luhn's one
/// blind spot), so a typo does not land on another distributor's case. 32^7 ≈ 34 billion numbers; uniqueness is the store's job.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RmaNumberJsonConverter))]
public readonly record struct RmaNumber
{
    public const string Prefix = "RMA";
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int PayloadLength = 7;
    private const int BitsPerSymbol = 5;

    /// <summary>How many random bytes <see cref="FromEntropy"/> needs.</summary>
    public const int EntropyBytes = 5;

    private RmaNumber(string symbols) => Symbols = symbols;

    /// <summary>The eight symbols, check symbol last, without prefix or separators.</summary>
    public string Symbols { get; }

    /// <summary>A number from random bytes (the caller owns the random source, so the domain stays pure).</summary>
    public static RmaNumber FromEntropy(ReadOnlySpan<byte> entropy)
    {
        if (entropy.Length < EntropyBytes)
        {
            throw new ArgumentException($"Needs {EntropyBytes} random bytes.", nameof(entropy));
        }

        ulong bits = 0;
        foreach (var b in entropy[..EntropyBytes])
        {
            bits = (bits << 8) | b;
        }

        var payload = new char[PayloadLength];
        for (var i = 0; i < PayloadLength; i++)
        {
            payload[i] = Alphabet[(int)((bits >> (i * BitsPerSymbol)) & 0x1F)];
        }

        var text = new string(payload);
        return new RmaNumber(text + CheckSymbol(text));
    }

    /// <summary>
    /// Reads a number as people type it: any case, with or without the prefix, spaces or hyphens,
    /// full-width characters, and O/I/L for 0/1 (Crockford's rule: those letters are not in the alphabet).
    /// </summary>
    public static bool TryParse(string? input, out RmaNumber number)
    {
        number = default;
        var text = new StringBuilder();
        foreach (var c in (input ?? string.Empty).Normalize(NormalizationForm.FormKC).ToUpperInvariant())
        {
            if (c is ' ' or '-' or '_')
            {
                continue;
            }

            text.Append(c switch { 'O' => '0', 'I' or 'L' => '1', _ => c });
        }

        var symbols = text.ToString();
        if (symbols.StartsWith(Prefix, StringComparison.Ordinal) && symbols.Length == Prefix.Length + PayloadLength + 1)
        {
            symbols = symbols[Prefix.Length..];
        }

        if (symbols.Length != PayloadLength + 1 || symbols.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return false;
        }

        if (CheckSymbol(symbols[..PayloadLength]) != symbols[PayloadLength])
        {
            return false;
        }

        number = new RmaNumber(symbols);
        return true;
    }

    public static RmaNumber Parse(string input) =>
        TryParse(input, out var number) ? number : throw new FormatException($"\"{input}\" is not an RMA number.");

    /// <summary>The form shown to people: <c>RMA-XXXX-XXXX</c>.</summary>
    public override string ToString() => Symbols is null ? string.Empty : $"{Prefix}-{Symbols[..4]}-{Symbols[4..]}";

    private static char CheckSymbol(string payload)
    {
        // Luhn mod N, N = 32: double every other symbol from the right, fold the overflow back in.
        const int n = 32;
        var factor = 2;
        var sum = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            var addend = factor * Alphabet.IndexOf(payload[i], StringComparison.Ordinal);
            factor = factor == 2 ? 1 : 2;
            sum += (addend / n) + (addend % n);
        }

        return Alphabet[(n - (sum % n)) % n];
    }
}
