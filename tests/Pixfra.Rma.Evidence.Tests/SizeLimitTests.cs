using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

/// <summary>The size limit is enforced while reading: an oversized upload is never read (or held) past the limit.</summary>
public sealed class SizeLimitTests
{
    private const long TwentyMiB = 20L * 1024 * 1024;

    [Fact]
    public async Task A_200_MB_upload_of_unknown_length_is_refused_after_reading_one_byte_past_the_limit()
    {
        var upload = new GeneratedStream(200_000_000);

        var refusal = (await Inspection.InspectAsync(upload)).Refused();

        Assert.Equal(FileRefusalReason.TooLarge, refusal.Reason);
        Assert.Equal(TwentyMiB, refusal.Limit);
        Assert.Equal(TwentyMiB + 1, upload.BytesRead);
    }

    [Fact]
    public async Task A_seekable_upload_that_says_it_is_too_long_is_refused_without_reading_a_byte()
    {
        var upload = new GeneratedStream(200_000_000, seekable: true);

        var refusal = (await Inspection.InspectAsync(upload)).Refused();

        Assert.Equal(new FileRefusal(FileRefusalReason.TooLarge, TwentyMiB, 200_000_000), refusal);
        Assert.Equal(0, upload.BytesRead);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public async Task A_file_of_exactly_the_byte_limit_is_accepted_and_one_byte_over_it_is_not(int limitFromLength, bool accepted)
    {
        var photo = Samples.SharpJpeg;
        var options = new EvidenceInspectionOptions { MaxBytes = photo.Length + limitFromLength };

        var fromMemory = await Inspection.InspectAsync(photo, options);
        var streamed = await Inspection.InspectAsync(new NonSeekable(photo), options);

        Assert.Equal(accepted, fromMemory.Accepted is not null);
        Assert.Equal(accepted, streamed.Accepted is not null);
    }

    [Fact]
    public async Task Reading_stops_when_the_turn_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Inspection.Inspector().InspectAsync(new NonSeekable(Samples.SharpJpeg), cancelled.Token));
    }

    /// <summary>An upload that trickles in a few bytes per read and cannot tell its length.</summary>
    private sealed class NonSeekable(byte[] content) : MemoryStream(content, writable: false)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return base.ReadAsync(buffer[..Math.Min(buffer.Length, 1_000)], cancellationToken);
        }
    }
}
