using System.Buffers.Binary;
using System.Text;

namespace Pixfra.Rma.Evidence.Content;

/// <summary>
/// Tells the type from the first bytes (magic numbers), never from a name or a declared type. This is only the
/// claim: the image and PDF checks then prove it with a real decode.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>Acrobat accepts "%PDF-" anywhere in the first 1024 bytes (some generators put junk before it).</summary>
    public const int PdfHeaderWindow = 1024;

    /// <summary>How far into a file starting with a comment to look for an &lt;svg&gt; element.</summary>
    private const int MarkupWindow = 4096;

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// HEIF brands of HEVC-coded images (iPhone photos are "heic"; "mif1"/"msf1" are the generic HEIF image and
    /// sequence brands, which AVIF also carries: either way, no decoder here).
    /// </summary>
    private static readonly string[] HeifBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1"];

    public static SniffedType Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Jpeg))
        {
            return SniffedType.Jpeg;
        }

        if (content.StartsWith(Png))
        {
            return SniffedType.Png;
        }

        if (IsHeif(content))
        {
            return SniffedType.Heic;
        }

        if (IsMarkup(content))
        {
            return SniffedType.Svg;
        }

        return content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(Pdf) >= 0 ? SniffedType.Pdf : SniffedType.Unknown;
    }

    /// <summary>An ISO base media file whose first box is "ftyp" naming a HEIF brand (major or compatible).</summary>
    private static bool IsHeif(ReadOnlySpan<byte> content)
    {
        if (content.Length < 16 || !content.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = BinaryPrimitives.ReadUInt32BigEndian(content);
        var end = (int)Math.Min(Math.Max(boxSize, 16u), (uint)content.Length);
        if (IsHeifBrand(content.Slice(8, 4)))
        {
            return true;
        }

        // Bytes 12–15 are the minor version; the compatible brands follow, four bytes each.
        for (var offset = 16; offset + 4 <= end; offset += 4)
        {
            if (IsHeifBrand(content.Slice(offset, 4)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHeifBrand(ReadOnlySpan<byte> brand) => HeifBrands.Contains(Encoding.ASCII.GetString(brand));

    /// <summary>
    /// SVG or any XML: "&lt;svg", "&lt;?xml" or an SVG doctype after an optional UTF-8 byte order mark and white space,
    /// or a leading comment followed by an &lt;svg&gt; element.
    /// </summary>
    private static bool IsMarkup(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(Utf8Bom))
        {
            content = content[Utf8Bom.Length..];
        }

        var start = 0;
        while (start < content.Length && content[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        var head = content[start..];
        if (StartsWithIgnoreCase(head, "<svg"u8) || StartsWithIgnoreCase(head, "<?xml"u8) || StartsWithIgnoreCase(head, "<!doctype svg"u8))
        {
            return true;
        }

        // Editors often open with a comment ("<!-- Generator: … -->") before the <svg> element.
        return StartsWithIgnoreCase(head, "<!--"u8) && ContainsIgnoreCase(head[..Math.Min(head.Length, MarkupWindow)], "<svg"u8);
    }

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> value)
    {
        for (var i = 0; i + value.Length <= content.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(content.Slice(i, value.Length), value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> prefix) =>
        content.Length >= prefix.Length && Ascii.EqualsIgnoreCase(content[..prefix.Length], prefix);
}
