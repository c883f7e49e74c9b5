using System.Buffers.Binary;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>Adds an EXIF APP1 segment carrying only an orientation tag (0x0112) right after a JPEG's SOI marker.</summary>
public static class JpegExif
{
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation)
    {
        // TIFF header (big-endian "MM", 42, IFD at offset 8), one IFD entry: tag 0x0112, type SHORT, count 1, value.
        var tiff = new byte[8 + 2 + 12 + 4];
        "MM"u8.CopyTo(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(2), 42);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(4), 8);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(10), 0x0112);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(12), 3);
        BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(14), 1);
        BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(18), orientation);

        byte[] exifHeader = [.. "Exif"u8, 0, 0];
        var segmentLength = 2 + exifHeader.Length + tiff.Length; // the length field counts itself
        var app1 = new byte[2 + segmentLength];
        app1[0] = 0xFF;
        app1[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(app1.AsSpan(2), (ushort)segmentLength);
        exifHeader.CopyTo(app1, 4);
        tiff.CopyTo(app1, 4 + exifHeader.Length);

        return [.. jpeg.AsSpan(0, 2), .. app1, .. jpeg.AsSpan(2)];
    }
}
