namespace Pixfra.Rma.Testing.Evidence;

/// <summary>What a generated photo shows; each is drawn in the same logical 1600×1200 frame at any output size.</summary>
public enum Scene
{
    /// <summary>A product label filling most of the frame: text, a barcode, the unit around it.</summary>
    Label,

    /// <summary>The whole unit on a table (the "overall appearance" photo): large edges, vents, a small label.</summary>
    Appearance,

    /// <summary>A printed page (an invoice photographed rather than scanned): rows of small text and rules.</summary>
    Document,
}
