using Pixfra.Rma.Testing.Evidence;
using SkiaSharp;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>Whatever the bytes, the inspector answers (accepted or refused) and never throws.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string, int> Corruptions()
    {
        var cases = new TheoryData<string, int>();
        foreach (var type in new[] { "jpeg", "png", "pdf" })
        {
            for (var seed = 0; seed < 20; seed++)
            {
                cases.Add(type, seed);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task A_good_file_with_random_bytes_overwritten_is_answered_without_an_exception(string type, int seed)
    {
        var original = type switch
        {
            "jpeg" => Samples.SharpJpeg,
            "png" => Samples.SharpPng,
            _ => PdfFiles.Invoice(pages: 3),
        };
        var corrupted = (byte[])original.Clone();
        var random = new Random(seed);
        for (var i = random.Next(1, 20); i > 0; i--)
        {
            // Past the signature, so it is the decoder that meets the damage, not the sniffer.
            corrupted[random.Next(8, corrupted.Length)] = (byte)random.Next(256);
        }

        var inspection = await Inspection.InspectAsync(corrupted);

        Assert.True(inspection.Accepted is null != (inspection.Refusal is null));
        if (inspection.Accepted is { } accepted)
        {
            Assert.Equal(corrupted, accepted.Content.ToArray());
        }
    }

    [Fact]
    public async Task Inspections_running_at_once_each_get_their_own_answer()
    {
        byte[][] files = [Samples.SharpJpeg, Samples.Named("a blurred label photo"), Samples.SharpPng, PdfFiles.Invoice(2), Samples.Named("a JPEG cut at 60%")];
        var inspector = Inspection.Inspector();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            Task.Run(() => inspector.InspectAsync(new MemoryStream(files[i % files.Length]), TestContext.Current.CancellationToken))));

        for (var i = 0; i < results.Length; i++)
        {
            var expected = (i % files.Length) switch
            {
                0 => "Jpeg",
                1 => "Blurred",
                2 => "Png",
                3 => "Pdf",
                _ => "Damaged",
            };
            Assert.Equal(expected, results[i].Accepted?.Type.ToString() ?? results[i].Refusal!.Reason.ToString());
        }
    }

    [Fact]
    public void The_skia_native_library_loads_and_decodes_a_real_jpeg_on_this_machine()
    {
        // The rest of the suite depends on it; this says so plainly when the native asset is missing on a machine.
        using var codec = SKCodec.Create(new SKMemoryStream(Samples.SharpJpeg));
        using var bitmap = new SKBitmap(codec.Info);

        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal(SKCodecResult.Success, codec.GetPixels(codec.Info, bitmap.GetPixels()));
    }
}
