using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>The refusals whose messages quote numbers carry them: the limit, and what the file had.</summary>
public sealed class RefusalFigureTests
{
    [Fact]
    public async Task Too_large_quotes_the_byte_limit_and_the_length_the_stream_declared()
    {
        var refusal = (await Inspection.InspectAsync(new GeneratedStream(5_000, seekable: true), new EvidenceInspectionOptions { MaxBytes = 1_000 })).Refused();

        Assert.Equal(new FileRefusal(FileRefusalReason.TooLarge, 1_000, 5_000), refusal);
    }

    [Fact]
    public async Task Too_large_from_a_stream_of_unknown_length_quotes_the_bytes_read_before_stopping()
    {
        var refusal = (await Inspection.InspectAsync(new GeneratedStream(5_000), new EvidenceInspectionOptions { MaxBytes = 1_000 })).Refused();

        Assert.Equal(new FileRefusal(FileRefusalReason.TooLarge, 1_000, 1_001), refusal);
    }

    [Fact]
    public async Task Too_many_pixels_quotes_the_pixel_limit_and_the_pixels_the_header_declared()
    {
        var refusal = (await Inspection.InspectAsync(Samples.Named("a decompression bomb of 20000×20000 pixels"))).Refused();

        Assert.Equal(new FileRefusal(FileRefusalReason.TooManyPixels, 50_000_000, 400_000_000), refusal);
    }

    [Fact]
    public async Task Too_small_quotes_the_minimum_short_side_and_the_short_side_the_image_had()
    {
        var refusal = (await Inspection.InspectAsync(Samples.Named("a 320×240 photo"))).Refused();

        Assert.Equal(new FileRefusal(FileRefusalReason.TooSmall, 480, 240), refusal);
    }

    [Fact]
    public async Task Blurred_quotes_the_minimum_sharpness_and_the_sharpness_measured()
    {
        var refusal = (await Inspection.InspectAsync(Samples.Named("a blurred label photo"))).Refused();

        Assert.Equal(FileRefusalReason.Blurred, refusal.Reason);
        Assert.Equal(60, refusal.Limit);
        Assert.InRange(refusal.Actual!.Value, 1, 59);
    }

    [Theory]
    [InlineData("a zero-byte file")]
    [InlineData("an SVG with a script")]
    [InlineData("an iPhone HEIC photo")]
    [InlineData("a JPEG cut at 60%")]
    [InlineData("a password-protected PDF")]
    public async Task Refusals_without_a_figure_quote_none(string file)
    {
        var refusal = (await Inspection.InspectAsync(Samples.Named(file))).Refused();

        Assert.Null(refusal.Limit);
        Assert.Null(refusal.Actual);
    }
}
