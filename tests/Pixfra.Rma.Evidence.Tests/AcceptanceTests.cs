using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;
using SkiaSharp;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Good files are accepted as what their content is, with the exact bytes received.</summary>
public sealed class AcceptanceTests
{
    [Fact]
    public async Task A_sharp_jpeg_photo_is_accepted_with_its_exact_bytes_size_and_sharpness()
    {
        var photo = Samples.Photo(Scene.Label, 1600, 1200);

        var accepted = (await Inspection.InspectAsync(photo)).Accepted();

        Assert.Equal(EvidenceFileType.Jpeg, accepted.Type);
        Assert.Equal("image/jpeg", accepted.ContentType);
        Assert.True(accepted.IsImage);
        Assert.Equal(photo, accepted.Content.ToArray());
        Assert.Equal((1600, 1200), (accepted.Width, accepted.Height));
        Assert.Null(accepted.Pages);
        Assert.InRange(accepted.Sharpness!.Value, 60, double.MaxValue);
    }

    [Fact]
    public async Task A_sharp_png_is_accepted_as_png()
    {
        var accepted = (await Inspection.InspectAsync(Samples.SharpPng)).Accepted();

        Assert.Equal((EvidenceFileType.Png, "image/png"), (accepted.Type, accepted.ContentType));
        Assert.Equal(Samples.SharpPng, accepted.Content.ToArray());
        Assert.Equal((640, 480), (accepted.Width, accepted.Height));
    }

    [Fact]
    public async Task A_png_with_transparency_is_measured_on_white_and_accepted()
    {
        using var surface = SKSurface.Create(new SKImageInfo(800, 600, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.Transparent);
        BlockFont.Draw(surface.Canvas, "SN: PX2611A04417", 40, 100, 4, new SKPaint { Color = SKColors.Black });
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);

        var accepted = (await Inspection.InspectAsync(png.ToArray())).Accepted();

        Assert.Equal(EvidenceFileType.Png, accepted.Type);
    }

    [Fact]
    public async Task A_grayscale_jpeg_as_a_scanner_writes_it_is_accepted()
    {
        using var color = PhotoRenderer.RenderImage(Scene.Document, 1240, 1754);
        using var gray = new SKBitmap(new SKImageInfo(1240, 1754, SKColorType.Gray8, SKAlphaType.Opaque));
        Assert.True(color.ReadPixels(gray.Info, gray.GetPixels(), gray.RowBytes, 0, 0));
        using var jpeg = gray.Encode(SKEncodedImageFormat.Jpeg, 85);

        var accepted = (await Inspection.InspectAsync(jpeg.ToArray())).Accepted();

        Assert.Equal((EvidenceFileType.Jpeg, 1240, 1754), (accepted.Type, accepted.Width, accepted.Height));
    }

    [Fact]
    public async Task A_16_bit_grayscale_png_is_accepted()
    {
        var accepted = (await Inspection.InspectAsync(PngFiles.SixteenBitStripes(800, 600, stripe: 3))).Accepted();

        Assert.Equal((EvidenceFileType.Png, 800, 600), (accepted.Type, accepted.Width, accepted.Height));
    }

    [Fact]
    public async Task A_photo_exactly_at_the_minimum_short_side_is_accepted()
    {
        var accepted = (await Inspection.InspectAsync(Samples.SharpJpeg)).Accepted();

        Assert.Equal(480, accepted.Height);
    }

    [Fact]
    public async Task A_pdf_is_accepted_with_its_page_count()
    {
        var pdf = PdfFiles.Invoice(pages: 3);

        var accepted = (await Inspection.InspectAsync(pdf)).Accepted();

        Assert.Equal((EvidenceFileType.Pdf, "application/pdf"), (accepted.Type, accepted.ContentType));
        Assert.False(accepted.IsImage);
        Assert.Equal(3, accepted.Pages);
        Assert.Equal(pdf, accepted.Content.ToArray());
        Assert.Null(accepted.Width);
        Assert.Null(accepted.Sharpness);
    }

    [Fact]
    public async Task A_pdf_encrypted_with_only_an_owner_password_opens_without_one_and_is_accepted()
    {
        var accepted = (await Inspection.InspectAsync(PdfFiles.OwnerPasswordOnly())).Accepted();

        Assert.Equal((EvidenceFileType.Pdf, 1), (accepted.Type, accepted.Pages));
    }

    [Fact]
    public async Task A_pdf_with_exactly_the_maximum_pages_is_accepted()
    {
        var accepted = (await Inspection.InspectAsync(PdfFiles.Invoice(pages: 4), new EvidenceInspectionOptions { MaxPdfPages = 4 })).Accepted();

        Assert.Equal(4, accepted.Pages);
    }

    [Fact]
    public async Task A_pdf_renamed_to_jpg_is_accepted_as_the_pdf_it_is()
    {
        var path = Path.Combine(Path.GetTempPath(), $"invoice-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, PdfFiles.Invoice(pages: 1), TestContext.Current.CancellationToken);
        try
        {
            await using var file = File.OpenRead(path);

            var accepted = (await Inspection.InspectAsync(file)).Accepted();

            Assert.Equal((EvidenceFileType.Pdf, "application/pdf", 1), (accepted.Type, accepted.ContentType, accepted.Pages));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_pdf_with_a_few_bytes_before_its_header_is_accepted_as_readers_accept_it()
    {
        byte[] prefixed = [.. "\r\n\r\n"u8, .. PdfFiles.Invoice(pages: 2)];

        var accepted = (await Inspection.InspectAsync(prefixed)).Accepted();

        Assert.Equal(2, accepted.Pages);
    }

    [Fact]
    public async Task A_jpeg_named_anything_with_any_declared_type_is_judged_by_its_bytes_alone()
    {
        // The port takes only a stream: there is no name or declared type to consult. The same bytes from a file
        // called "label.png" give the same answer as from memory.
        var path = Path.Combine(Path.GetTempPath(), $"label-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(path, Samples.SharpJpeg, TestContext.Current.CancellationToken);
        try
        {
            await using var file = File.OpenRead(path);

            var accepted = (await Inspection.InspectAsync(file)).Accepted();

            Assert.Equal((EvidenceFileType.Jpeg, "image/jpeg"), (accepted.Type, accepted.ContentType));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
