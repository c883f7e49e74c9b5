using Pixfra.Rma.Domain.Rma;

namespace Pixfra.Rma.Domain.Tests.Rma;

public sealed class RmaNumberTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static TheoryData<byte[]> Entropies => new(
        [0, 0, 0, 0, 0],
        [255, 255, 255, 255, 255],
        [1, 2, 3, 4, 5],
        [0x9A, 0x3C, 0x11, 0xF0, 0x42]);

    [Theory]
    [MemberData(nameof(Entropies))]
    public void FormatAndParse_RoundTrip(byte[] entropy)
    {
        var number = RmaNumber.FromEntropy(entropy);

        Assert.Matches("^RMA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", number.ToString());
        Assert.Equal(number, RmaNumber.Parse(number.ToString()));
    }

    [Fact]
    public void Parse_AcceptsHowPeopleTypeIt()
    {
        var number = RmaNumber.FromEntropy([0x9A, 0x3C, 0x11, 0xF0, 0x42]);
        var symbols = number.Symbols;

        Assert.Equal(number, RmaNumber.Parse(symbols.ToLowerInvariant()));
        Assert.Equal(number, RmaNumber.Parse($" rma {symbols[..4]} {symbols[4..]} "));
        Assert.Equal(number, RmaNumber.Parse(FullWidth(number.ToString())));
    }

    [Fact]
    public void Parse_ReadsLettersOutsideTheAlphabetAsTheDigitsTheyLookLike()
    {
        var number = RmaNumber.FromEntropy([0, 0, 0, 0, 0]);

        Assert.Equal("00000000", number.Symbols);
        Assert.Equal(number, RmaNumber.Parse("RMA-OOOO-OOOO"));
    }

    [Theory]
    [MemberData(nameof(Entropies))]
    public void Parse_RejectsEverySingleMistypedSymbol(byte[] entropy)
    {
        var symbols = RmaNumber.FromEntropy(entropy).Symbols;

        for (var position = 0; position < symbols.Length; position++)
        {
            foreach (var replacement in Alphabet.Where(c => c != symbols[position]))
            {
                var typo = symbols[..position] + replacement + symbols[(position + 1)..];
                Assert.False(RmaNumber.TryParse(typo, out _), $"{typo} (typo of {symbols}) was accepted.");
            }
        }
    }

    [Fact]
    public void Parse_RejectsSwappedNeighbours_ExceptZeroAndZ()
    {
        var random = new Random(20261201);
        var entropy = new byte[RmaNumber.EntropyBytes];
        for (var i = 0; i < 2000; i++)
        {
            random.NextBytes(entropy);
            var symbols = RmaNumber.FromEntropy(entropy).Symbols;
            for (var position = 0; position < symbols.Length - 1; position++)
            {
                var (a, b) = (symbols[position], symbols[position + 1]);
                if (a == b || (a, b) is ('0', 'Z') or ('Z', '0'))
                {
                    continue;
                }

                var swapped = symbols[..position] + b + a + symbols[(position + 2)..];
                Assert.False(RmaNumber.TryParse(swapped, out _), $"{swapped} (swap in {symbols}) was accepted.");
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("RMA-1234")]
    [InlineData("RMA-1234-56789")]
    [InlineData("RMA-UUUU-UUUU")]
    [InlineData("RMA-12#4-5678")]
    [InlineData(null)]
    public void Parse_RejectsWhatIsNotANumber(string? input)
    {
        Assert.False(RmaNumber.TryParse(input, out _));
    }

    private static string FullWidth(string text) =>
        new(text.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '！') : c).ToArray());
}
