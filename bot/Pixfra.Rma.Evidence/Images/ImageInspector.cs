using Pixfra.Rma.Conversations.Evidence;
using SkiaSharp;

namespace Pixfra.Rma.Evidence.Images;

/// <summary>
/// The image checks, cheapest first: the header (pixel count, orientation, short side) before any pixel is decoded,
/// then one downsampled decode that proves the file is whole and feeds the blur measure.
/// </summary>
internal static class ImageInspector
{
    /// <summary>
    /// Decode at about this many pixels at most. JPEG decodes at 1/8 steps straight from the DCT, so a 12 MP photo costs
    /// a 1.7 MP decode; PNG has no such shortcut and decodes in full (bounded by MaxPixels).
    /// </summary>
    public const long DecodeBudgetPixels = 1_500_000;

    public static ImageCheck Inspect(ReadOnlyMemory<byte> content, EvidenceFileType type, EvidenceInspectionOptions options)
    {
        try
        {
            return InspectDecodable(content, type, options);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or IndexOutOfRangeException)
        {
            return ImageCheck.Damaged($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static ImageCheck InspectDecodable(ReadOnlyMemory<byte> content, EvidenceFileType type, EvidenceInspectionOptions options)
    {
        using var data = SKData.CreateCopy(content.Span);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return ImageCheck.Damaged("no codec recognised the content");
        }

        if (codec.EncodedFormat != ExpectedFormat(type))
        {
            return ImageCheck.Damaged($"decoded as {codec.EncodedFormat}");
        }

        var width = codec.Info.Width;
        var height = codec.Info.Height;
        var pixels = (long)width * height;
        if (pixels > options.MaxPixels)
        {
            return ImageCheck.Refused(new FileRefusal(FileRefusalReason.TooManyPixels, options.MaxPixels, pixels));
        }

        var shortSide = Math.Min(width, height);
        if (shortSide < options.MinShortSide)
        {
            return ImageCheck.Refused(new FileRefusal(FileRefusalReason.TooSmall, options.MinShortSide, shortSide));
        }

        var (shownWidth, shownHeight) = IsQuarterTurn(codec.EncodedOrigin) ? (height, width) : (width, height);
        var gray = DecodeGray(codec, pixels, out var result);
        if (gray is null)
        {
            return ImageCheck.Damaged($"decode {result}");
        }

        var sharpness = SharpnessMeter.VarianceOfLaplacian(gray);
        if (sharpness < options.MinSharpness)
        {
            return ImageCheck.Refused(new FileRefusal(
                FileRefusalReason.Blurred, (long)Math.Ceiling(options.MinSharpness), (long)Math.Floor(sharpness)));
        }

        return ImageCheck.Passed(shownWidth, shownHeight, sharpness);
    }

    /// <summary>EXIF orientations 5–8 turn the picture a quarter: the displayed width is the stored height.</summary>
    internal static bool IsQuarterTurn(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKEncodedImageFormat ExpectedFormat(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Jpeg => SKEncodedImageFormat.Jpeg,
        EvidenceFileType.Png => SKEncodedImageFormat.Png,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not an image type."),
    };

    /// <summary>
    /// Decodes at the smallest size the codec offers that is not far below the budget, then area-averages to the
    /// normalised scale. Null when the decode is anything but a full success (a truncated file is IncompleteInput).
    /// </summary>
    private static GrayImage? DecodeGray(SKCodec codec, long pixels, out SKCodecResult result)
    {
        var size = codec.Info.Size;
        if (pixels > DecodeBudgetPixels)
        {
            size = codec.GetScaledDimensions((float)Math.Sqrt((double)DecodeBudgetPixels / pixels));
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        if (info.Width < 1 || info.Height < 1)
        {
            result = SKCodecResult.InvalidScale;
            return null;
        }

        using var bitmap = new SKBitmap();
        if (!bitmap.TryAllocPixels(info))
        {
            throw new InsufficientMemoryException($"Could not allocate {info.BytesSize64} bytes to decode an image.");
        }

        result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            return null;
        }

        var (targetWidth, targetHeight) = SharpnessMeter.NormalisedSize(info.Width, info.Height);
        return AreaResampler.ToGray(bitmap.GetPixelSpan(), info.Width, info.Height, bitmap.RowBytes, targetWidth, targetHeight);
    }
}
