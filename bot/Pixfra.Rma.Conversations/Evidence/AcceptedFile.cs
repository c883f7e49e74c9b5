namespace Pixfra.Rma.Conversations.Evidence;

public enum EvidenceFileType
{
    Jpeg,
    Png,
    Pdf,
}

/// <summary>A file that passed inspection.</summary>
/// <param name="ContentType">From the detected type (image/jpeg, image/png, application/pdf), never from the sender.</param>
/// <param name="Content">The bytes exactly as received: evidence is stored unaltered so its hash proves what was sent.</param>
/// <param name="Width">Images: the width as displayed, after the EXIF orientation.</param>
/// <param name="Height">Images: the height as displayed, after the EXIF orientation.</param>
/// <param name="Pages">PDF: the number of pages.</param>
/// <param name="Sharpness">Images: the variance of the Laplacian the blur check measured.</param>
public sealed record AcceptedFile(
    EvidenceFileType Type,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    int? Width,
    int? Height,
    int? Pages,
    double? Sharpness)
{
    public bool IsImage => Type is EvidenceFileType.Jpeg or EvidenceFileType.Png;
}
