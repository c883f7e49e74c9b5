using SkiaSharp;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>Files for conversation and end-to-end tests, from the generated corpus: photos that pass the checks, each
/// one distinct (a label photo is refused when it is the same file as another), and files that are refused.</summary>
public static class EvidenceSamples
{
    private static readonly Lazy<byte[]> OnePageInvoice = new(() => PdfFiles.Invoice(pages: 1));
    private static readonly Lazy<byte[]> TwoPageInvoice = new(() => PdfFiles.Invoice(pages: 2));

    /// <summary>A sharp photo, different for every <paramref name="variant"/> (the frame size changes with it).</summary>
    public static byte[] Photo(int variant, bool png = false) =>
        Samples.Photo(variant % 2 == 0 ? Scene.Label : Scene.Appearance, 800 + variant, 600, format: png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg);

    public static byte[] BlurredPhoto() => Samples.Named("a blurred label photo");

    /// <summary>A real PDF invoice; the same bytes on every call.</summary>
    public static byte[] InvoicePdf(int pages = 1) => pages switch
    {
        1 => OnePageInvoice.Value,
        2 => TwoPageInvoice.Value,
        _ => PdfFiles.Invoice(pages),
    };

    /// <summary>A file the checks refuse: svg, empty, truncated, heic or text.</summary>
    public static byte[] Hostile(string kind) => Samples.Named(kind switch
    {
        "svg" => "an SVG with a script",
        "empty" => "a zero-byte file",
        "truncated" => "a JPEG cut at 60%",
        "heic" => "an iPhone HEIC photo",
        "text" => "a plain text file",
        _ => throw new ArgumentException($"No hostile sample \"{kind}\".", nameof(kind)),
    });
}
