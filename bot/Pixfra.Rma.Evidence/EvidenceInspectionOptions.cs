namespace Pixfra.Rma.Evidence;

/// <summary>
/// <c>Evidence</c>: the limits a photo or document must meet before it is accepted. Checked when the host starts by
/// <see cref="Hosting.EvidenceInspectionOptionsValidator"/>.
/// </summary>
public sealed class EvidenceInspectionOptions
{
    public const string Section = "Evidence";

    /// <summary>The largest file accepted, in bytes (20 MiB). The whole file is held in memory while it is checked.</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// The most pixels an image may declare (50 megapixels, above any phone camera's default). Checked from the header,
    /// so a decompression bomb is refused before anything is decoded.
    /// </summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>
    /// The shortest side an image may have, in pixels (480, as VGA: a label photographed to fill the frame still has
    /// legible 2–3 mm characters at that size, and every phone camera of the last decade takes far more).
    /// </summary>
    public int MinShortSide { get; set; } = 480;

    /// <summary>
    /// The lowest variance of the Laplacian accepted, measured on the image scaled to a short side of
    /// <see cref="Images.SharpnessMeter.NormalisedShortSide"/> pixels. Calibrated on the test corpus: see README.md.
    /// </summary>
    public double MinSharpness { get; set; } = 60;

    /// <summary>The most pages a PDF may have (50).</summary>
    public int MaxPdfPages { get; set; } = 50;
}
