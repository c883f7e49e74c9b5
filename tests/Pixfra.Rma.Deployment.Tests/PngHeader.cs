using System.Buffers.Binary;

namespace Pixfra.Rma.Deployment.Tests;

/// <summary>Width, height and colour type from a PNG's IHDR chunk (the first chunk, right after the signature).</summary>
internal sealed record PngHeader(int Width, int Height, byte ColorType)
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public bool HasAlpha => ColorType is 4 or 6;

    public static PngHeader Read(byte[] png)
    {
        if (png.Length < 29 || !png.AsSpan(0, 8).SequenceEqual(Signature) || !png.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        return new PngHeader(
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)),
            BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)),
            png[25]);
    }
}
