using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Domain.Tests.Catalog;

/// <summary>P13: serial and part numbers are normalised, never "fixed", and refused with a precise hint.</summary>
public sealed class IdentifierTests
{
    [Theory]
    [InlineData("  px384a1b2c3d ", "PX384A1B2C3D")]
    [InlineData("ＰＸ３８４Ａ１Ｂ２Ｃ３Ｄ", "PX384A1B2C3D")] // typed with a full-width CJK input method
    public void P13_SerialNumber_IsTrimmedAndUpperCased(string input, string expected)
    {
        Assert.True(SerialNumber.TryParse(input, out var serialNumber, out _));
        Assert.Equal(expected, serialNumber.Value);
    }

    [Fact]
    public void P13_SerialNumber_KeepsLettersThatLookLikeDigits()
    {
        Assert.Equal("PXO84I1B2C3D", SerialNumber.Parse("PXO84I1B2C3D").Value);
    }

    [Theory]
    [InlineData("", IdentifierProblemKind.Empty, null, null)]
    [InlineData("PX38", IdentifierProblemKind.TooShort, null, null)]
    [InlineData("PX384 A1B2C3D", IdentifierProblemKind.InvalidCharacter, 6, " ")]
    [InlineData("PX384-A1B2C3D", IdentifierProblemKind.InvalidCharacter, 6, "-")]
    [InlineData("PX384Ä1B2C3D", IdentifierProblemKind.InvalidCharacter, 6, "Ä")]
    [InlineData("PX384😀1B2C3D", IdentifierProblemKind.InvalidCharacter, 6, "😀")]
    [InlineData("PX384A1B2C3DPX384A1B2C3DPX384A1B2C3D", IdentifierProblemKind.TooLong, null, null)]
    public void P13_MalformedSerialNumber_IsRefusedWithWhereAndWhy(string input, IdentifierProblemKind kind, int? position, string? character)
    {
        Assert.False(SerialNumber.TryParse(input, out _, out var problem));
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(position, problem.Position);
        Assert.Equal(character, problem.Character);
    }

    [Theory]
    [InlineData("1.0.01.384-a1", "1.0.01.384-A1")]
    [InlineData("DH-TPC/BF5421", "DH-TPC/BF5421")]
    public void P13_PartNumber_AllowsThePunctuationPartNumbersUse(string input, string expected)
    {
        Assert.Equal(expected, PartNumber.Parse(input).Value);
    }

    [Fact]
    public void P13_PartNumber_RefusesOtherPunctuation()
    {
        Assert.False(PartNumber.TryParse("1.0.01#384", out _, out var problem));
        Assert.Equal(IdentifierProblemKind.InvalidCharacter, problem.Kind);
    }
}
