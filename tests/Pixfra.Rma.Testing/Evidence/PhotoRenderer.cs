using SkiaSharp;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>
/// Renders a scene as an encoded photo. A blur is given in pixels at 1600 px wide and scaled with the output, so
/// "blur 6" is the same loss of detail (a label no longer readable) at every size.
/// </summary>
public static class PhotoRenderer
{
    public const float ReferenceWidth = 1600;

    public static byte[] Render(Scene scene, int width, int height, float blurAt1600 = 0, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg, int quality = 90)
    {
        using var image = RenderImage(scene, width, height, blurAt1600);
        using var data = image.Encode(format, quality);
        return data.ToArray();
    }

    public static SKImage RenderImage(Scene scene, int width, int height, float blurAt1600 = 0)
    {
        using var sharpSurface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        ScenePainter.Paint(sharpSurface.Canvas, scene, width, height);
        var sharp = sharpSurface.Snapshot();
        if (blurAt1600 <= 0)
        {
            return sharp;
        }

        using (sharp)
        {
            var sigma = blurAt1600 * width / ReferenceWidth;
            using var blurredSurface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
            using var filter = SKImageFilter.CreateBlur(sigma, sigma, SKShaderTileMode.Clamp);
            using var paint = new SKPaint { ImageFilter = filter };
            blurredSurface.Canvas.DrawImage(sharp, 0, 0, SKSamplingOptions.Default, paint);
            return blurredSurface.Snapshot();
        }
    }

    /// <summary>A plain image of one colour (for the size checks, where content does not matter).</summary>
    public static byte[] Plain(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(new SKColor(240, 240, 240));
        using var image = surface.Snapshot();
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }
}
