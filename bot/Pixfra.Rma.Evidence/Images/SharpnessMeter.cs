namespace Pixfra.Rma.Evidence.Images;

/// <summary>
/// How sharp an image is: the variance of its 3×3 Laplacian (0 1 0 / 1 −4 1 / 0 1 0) over the grayscale image scaled
/// to a short side of <see cref="NormalisedShortSide"/> pixels. Edges and fine detail give large second derivatives;
/// blur flattens them. Measuring at one scale makes the same scene score alike whether sent at 0.3 or 12 megapixels
/// (a raw Laplacian grows as an image is shrunk, because each pixel then spans more of the scene).
/// </summary>
internal static class SharpnessMeter
{
    /// <summary>The scale at which sharpness is measured; smaller images are measured as they are (never enlarged).</summary>
    public const int NormalisedShortSide = 480;

    /// <summary>The output size for an image of the given size: scaled down to the normalised short side, or unchanged.</summary>
    public static (int Width, int Height) NormalisedSize(int width, int height)
    {
        var shortSide = Math.Min(width, height);
        if (shortSide <= NormalisedShortSide)
        {
            return (width, height);
        }

        var scale = (double)NormalisedShortSide / shortSide;
        return (Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
    }

    public static double VarianceOfLaplacian(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (w, h, g) = (image.Width, image.Height, image.Pixels);
        if (w < 3 || h < 3)
        {
            return 0;
        }

        double sum = 0, sumOfSquares = 0;
        for (var y = 1; y < h - 1; y++)
        {
            var row = y * w;
            for (var x = 1; x < w - 1; x++)
            {
                var i = row + x;
                double laplacian = g[i - w] + g[i + w] + g[i - 1] + g[i + 1] - (4 * g[i]);
                sum += laplacian;
                sumOfSquares += laplacian * laplacian;
            }
        }

        double count = (w - 2) * (h - 2);
        var mean = sum / count;
        return Math.Max(0, (sumOfSquares / count) - (mean * mean));
    }
}
