using Pixfra.Rma.Evidence.Images;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Area averaging: each output pixel is the mean of the source area it covers, fractions included.</summary>
public sealed class AreaResamplerTests
{
    [Fact]
    public void Halving_averages_each_two_by_two_block()
    {
        float[] gray =
        [
            0, 100, 200, 200,
            100, 0, 200, 200,
            40, 40, 0, 0,
            40, 40, 0, 255,
        ];

        var result = AreaResampler.ToGray(Rgba(gray), 4, 4, 16, 2, 2);

        Assert.Equal([50f, 200f, 40f, 63.75f], result.Pixels.Select(p => MathF.Round(p, 2)));
    }

    [Fact]
    public void Three_to_two_shares_the_middle_pixel_between_both_outputs()
    {
        float[] gray = [0, 90, 180];

        var result = AreaResampler.ToGray(Rgba(gray), 3, 1, 12, 2, 1);

        // Output 0 covers source [0, 1.5): 0 + half of 90, over 1.5 → 30. Output 1 covers [1.5, 3) → (45 + 180) / 1.5 = 150.
        Assert.Equal([30f, 150f], result.Pixels.Select(p => MathF.Round(p, 2)));
    }

    [Fact]
    public void Transparent_pixels_read_as_white_paper()
    {
        var result = AreaResampler.ToGray([0, 0, 0, 0], 1, 1, 4, 1, 1);

        Assert.Equal(255f, result.Pixels[0]);
    }

    [Theory]
    [InlineData(640, 480, 640, 480)]
    [InlineData(4000, 3000, 640, 480)]
    [InlineData(3000, 4000, 480, 640)]
    [InlineData(400, 300, 400, 300)]
    public void Sharpness_is_measured_at_a_short_side_of_480_never_enlarged(int width, int height, int measuredWidth, int measuredHeight)
    {
        Assert.Equal((measuredWidth, measuredHeight), SharpnessMeter.NormalisedSize(width, height));
    }

    [Fact]
    public void A_flat_image_has_no_sharpness_and_a_checkerboard_has_a_lot()
    {
        var flat = new GrayImage(10, 10, Enumerable.Repeat(128f, 100).ToArray());
        var checkerboard = new GrayImage(10, 10, Enumerable.Range(0, 100).Select(i => ((i / 10) + (i % 10)) % 2 == 0 ? 0f : 255f).ToArray());

        Assert.Equal(0, SharpnessMeter.VarianceOfLaplacian(flat));
        Assert.Equal(1_040_400, SharpnessMeter.VarianceOfLaplacian(checkerboard), 1);
    }

    private static byte[] Rgba(float[] gray) => gray.SelectMany(g => new[] { (byte)g, (byte)g, (byte)g, (byte)255 }).ToArray();
}
