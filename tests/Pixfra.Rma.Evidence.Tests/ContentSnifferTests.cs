using System.Text;
using Pixfra.Rma.Evidence.Content;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>The type claimed by the first bytes; the decoders then have to prove it.</summary>
public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("FF D8 FF E0", "Jpeg")]
    [InlineData("FF D8 FF E1", "Jpeg")]
    [InlineData("FF D8 00", "Unknown")]
    [InlineData("89 50 4E 47 0D 0A 1A 0A", "Png")]
    [InlineData("89 50 4E 47 0D 0A 1A", "Unknown")]
    [InlineData("25 50 44 46 2D 31 2E 37", "Pdf")]
    [InlineData("00 00 00 18 66 74 79 70 68 65 69 63 00 00 00 00 6D 69 66 31 68 65 69 63", "Heic")]
    [InlineData("00 00 00 18 66 74 79 70 61 76 69 66 00 00 00 00 6D 69 66 31 61 76 69 66", "Heic")]
    [InlineData("00 00 00 18 66 74 79 70 69 73 6F 6D 00 00 00 00 69 73 6F 6D 6D 70 34 31", "Unknown")]
    [InlineData("", "Unknown")]
    public void Magic_bytes_name_the_claimed_type(string hex, string expected)
    {
        Assert.Equal(expected, ContentSniffer.Sniff(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal))).ToString());
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "Svg")]
    [InlineData("  \n<?xml version=\"1.0\"?><svg/>", "Svg")]
    [InlineData("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\"><svg/>", "Svg")]
    [InlineData("<!-- Generator: Adobe Illustrator 27.0 -->\n<svg version=\"1.1\"/>", "Svg")]
    [InlineData("<!-- a comment, then no vector image -->", "Unknown")]
    [InlineData("<html><body><svg/></body></html>", "Unknown")]
    [InlineData("%PDF-1.4 after nothing", "Pdf")]
    public void Markup_and_text_headers_name_the_claimed_type(string text, string expected)
    {
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text)).ToString());
    }

    [Theory]
    [InlineData(0, "Pdf")]
    [InlineData(1019, "Pdf")]
    [InlineData(1020, "Unknown")]
    public void A_pdf_header_counts_only_within_the_first_1024_bytes(int junkBefore, string expected)
    {
        byte[] content = [.. Enumerable.Repeat((byte)' ', junkBefore), .. "%PDF-1.7\n"u8];

        Assert.Equal(expected, ContentSniffer.Sniff(content).ToString());
    }
}
