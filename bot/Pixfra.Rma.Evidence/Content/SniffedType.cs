namespace Pixfra.Rma.Evidence.Content;

/// <summary>What the first bytes of a file say it is.</summary>
internal enum SniffedType
{
    Unknown,
    Jpeg,
    Png,
    Pdf,
    Heic,
    Svg,
}
