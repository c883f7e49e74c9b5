using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>Hand-written PNG files: chunks with correct CRCs, so only what the test means to be wrong is wrong.</summary>
public static class PngFiles
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// A decompression bomb: a valid 1-bit grayscale PNG of <paramref name="width"/>×<paramref name="height"/> white
    /// pixels. 20000×20000 is 400 megapixels (1.6 GB as RGBA) in about 50 KB, since rows of zeros deflate ~1000:1.
    /// </summary>
    public static byte[] Bomb(int width, int height)
    {
        var rowBytes = 1 + ((width + 7) / 8); // the filter-type byte, then one bit per pixel
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[rowBytes];
            Array.Fill(row, (byte)0xFF, 1, rowBytes - 1);
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return Build(width, height, bitDepth: 1, colorType: 0, compressed.ToArray());
    }

    /// <summary>A 16-bit grayscale PNG (as scanners and some editors write) of black and white vertical stripes.</summary>
    public static byte[] SixteenBitStripes(int width, int height, int stripe)
    {
        var row = new byte[1 + (width * 2)];
        for (var x = 0; x < width; x++)
        {
            var value = (x / stripe) % 2 == 0 ? (byte)0x00 : (byte)0xFF;
            row[1 + (x * 2)] = value;
            row[2 + (x * 2)] = value;
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        return Build(width, height, bitDepth: 16, colorType: 0, compressed.ToArray());
    }

    public static byte[] Build(int width, int height, byte bitDepth, byte colorType, byte[] idat)
    {
        var ihdr = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(ihdr, width);
        BinaryPrimitives.WriteInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = bitDepth;
        ihdr[9] = colorType;
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", ihdr);
        WriteChunk(png, "IDAT", idat);
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32.Compute(typeAndData));
        output.Write(number);
    }
}
