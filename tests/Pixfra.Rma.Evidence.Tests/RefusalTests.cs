using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Every bad file of the corpus is refused, with the reason its content (never its name) gives.</summary>
public sealed class RefusalTests
{
    [Theory]
    [InlineData("a zero-byte file", FileRefusalReason.Empty)]
    [InlineData("random bytes", FileRefusalReason.UnsupportedType)]
    [InlineData("a plain text file", FileRefusalReason.UnsupportedType)]
    [InlineData("a GIF", FileRefusalReason.UnsupportedType)]
    [InlineData("a WebP", FileRefusalReason.UnsupportedType)]
    [InlineData("a Windows program", FileRefusalReason.UnsupportedType)]
    [InlineData("a ZIP archive", FileRefusalReason.UnsupportedType)]
    [InlineData("an SVG with a script", FileRefusalReason.Svg)]
    [InlineData("an SVG after a byte order mark and blank lines", FileRefusalReason.Svg)]
    [InlineData("an XML file", FileRefusalReason.Svg)]
    [InlineData("an iPhone HEIC photo", FileRefusalReason.Heic)]
    [InlineData("a HEIF naming heic only as a compatible brand", FileRefusalReason.Heic)]
    [InlineData("a HEIF image sequence", FileRefusalReason.Heic)]
    [InlineData("a PNG with a JPEG header", FileRefusalReason.Damaged)]
    [InlineData("a JPEG with a PNG signature", FileRefusalReason.Damaged)]
    [InlineData("a JPEG cut at 60%", FileRefusalReason.Damaged)]
    [InlineData("a JPEG cut after its header", FileRefusalReason.Damaged)]
    [InlineData("a PNG cut at 60%", FileRefusalReason.Damaged)]
    [InlineData("a PNG cut after its header", FileRefusalReason.Damaged)]
    [InlineData("a PDF cut at 60%", FileRefusalReason.Damaged)]
    [InlineData("a PDF cut at 95%", FileRefusalReason.Damaged)]
    [InlineData("a PDF header followed by junk", FileRefusalReason.Damaged)]
    [InlineData("a password-protected PDF", FileRefusalReason.PdfEncrypted)]
    [InlineData("a PDF with no pages", FileRefusalReason.PdfPages)]
    [InlineData("a PDF with 51 pages", FileRefusalReason.PdfPages)]
    [InlineData("a decompression bomb of 20000×20000 pixels", FileRefusalReason.TooManyPixels)]
    [InlineData("a JPEG whose header claims 60000×60000 pixels", FileRefusalReason.TooManyPixels)]
    [InlineData("a 320×240 photo", FileRefusalReason.TooSmall)]
    [InlineData("a 2000×400 strip", FileRefusalReason.TooSmall)]
    [InlineData("a blurred label photo", FileRefusalReason.Blurred)]
    [InlineData("a blurred PNG screenshot of a label", FileRefusalReason.Blurred)]
    [InlineData("a photo of a blank wall", FileRefusalReason.Blurred)]
    public async Task A_bad_file_is_refused_with_the_reason_its_content_gives(string file, FileRefusalReason reason)
    {
        var refusal = (await Inspection.InspectAsync(Samples.Named(file))).Refused();

        Assert.Equal(reason, refusal.Reason);
    }

    [Fact]
    public async Task A_refused_file_leaves_the_inspector_ready_for_the_next_one()
    {
        var inspector = Inspection.Inspector();
        var token = TestContext.Current.CancellationToken;

        var first = await inspector.InspectAsync(new MemoryStream(Samples.Named("a JPEG cut at 60%")), token);
        var second = await inspector.InspectAsync(new MemoryStream(Samples.SharpJpeg), token);

        Assert.Equal(FileRefusalReason.Damaged, first.Refused().Reason);
        Assert.Equal(EvidenceFileType.Jpeg, second.Accepted().Type);
    }
}
