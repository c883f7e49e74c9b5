namespace Pixfra.Rma.Evidence.Images;

/// <summary>
/// Shrinks RGBA pixels to a grayscale image of a given size by area averaging: every output pixel is the mean of
/// the source area it covers (fractions of source pixels counted by their share). Unlike point sampling this
/// neither aliases nor invents edges, so the blur measure sees the same scene at any input resolution.
/// </summary>
internal static class AreaResampler
{
    /// <param name="rgba">Premultiplied RGBA, 4 bytes per pixel, <paramref name="rowBytes"/> apart.</param>
    public static GrayImage ToGray(ReadOnlySpan<byte> rgba, int width, int height, int rowBytes, int targetWidth, int targetHeight)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetWidth, width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetHeight, height);
        var columns = Spans.For(width, targetWidth);
        var rows = Spans.For(height, targetHeight);
        var output = new float[targetWidth * targetHeight];
        var row = new float[targetWidth];
        for (var y = 0; y < height; y++)
        {
            Array.Clear(row);
            var source = rgba.Slice(y * rowBytes, width * 4);
            for (var x = 0; x < width; x++)
            {
                var p = source.Slice(x * 4, 4);

                // Composited over white: a transparent background reads as paper, not as black.
                var luminance = (0.299f * p[0]) + (0.587f * p[1]) + (0.114f * p[2]) + (255 - p[3]);
                columns.Spread(x, luminance, row);
            }

            var (first, firstShare, second, secondShare) = rows.Targets(y);
            Accumulate(output.AsSpan(first * targetWidth, targetWidth), row, firstShare);
            if (secondShare > 0)
            {
                Accumulate(output.AsSpan(second * targetWidth, targetWidth), row, secondShare);
            }
        }

        return new GrayImage(targetWidth, targetHeight, output);
    }

    private static void Accumulate(Span<float> target, ReadOnlySpan<float> row, float share)
    {
        for (var x = 0; x < target.Length; x++)
        {
            target[x] += row[x] * share;
        }
    }

    /// <summary>
    /// For each source index, the one or two output cells it falls in and its share of each, in output units (a
    /// source pixel covers ratio = target/source ≤ 1 of an output cell, so the shares of one output cell add up to 1).
    /// </summary>
    private sealed class Spans
    {
        private readonly int[] _first;
        private readonly float[] _firstShare;
        private readonly float[] _secondShare;

        private Spans(int[] first, float[] firstShare, float[] secondShare)
        {
            _first = first;
            _firstShare = firstShare;
            _secondShare = secondShare;
        }

        public static Spans For(int sourceLength, int targetLength)
        {
            var first = new int[sourceLength];
            var firstShare = new float[sourceLength];
            var secondShare = new float[sourceLength];
            var ratio = (double)targetLength / sourceLength;
            for (var i = 0; i < sourceLength; i++)
            {
                var start = i * ratio;
                var end = (i + 1) * ratio;
                var cell = Math.Min((int)start, targetLength - 1);
                first[i] = cell;
                var boundary = cell + 1.0;
                if (end > boundary && cell + 1 < targetLength)
                {
                    firstShare[i] = (float)(boundary - start);
                    secondShare[i] = (float)(end - boundary);
                }
                else
                {
                    firstShare[i] = (float)ratio;
                }
            }

            return new Spans(first, firstShare, secondShare);
        }

        public (int First, float FirstShare, int Second, float SecondShare) Targets(int index) =>
            (_first[index], _firstShare[index], _first[index] + 1, _secondShare[index]);

        public void Spread(int index, float value, Span<float> target)
        {
            var cell = _first[index];
            target[cell] += value * _firstShare[index];
            var second = _secondShare[index];
            if (second > 0)
            {
                target[cell + 1] += value * second;
            }
        }
    }
}
