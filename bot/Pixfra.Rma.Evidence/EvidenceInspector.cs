using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Evidence.Content;
using Pixfra.Rma.Evidence.Images;
using Pixfra.Rma.Evidence.Pdf;

namespace Pixfra.Rma.Evidence;

/// <summary>
/// Checks a photo or document before it is accepted, in order: size (while reading), type (magic bytes), then for
/// images pixel count, short side, a real decode and the blur measure, for PDFs a real parse and the page count.
/// </summary>
public sealed partial class EvidenceInspector(IOptions<EvidenceInspectionOptions> options, ILogger<EvidenceInspector> logger)
    : IEvidenceInspector
{
    /// <summary>
    /// One image decode at a time in the process: a PNG decodes at full size (up to MaxPixels × 4 bytes), and two
    /// cores gain nothing from more. Static because the memory it protects is the process's.
    /// </summary>
    private static readonly SemaphoreSlim DecodeGate = new(1, 1);

    private readonly EvidenceInspectionOptions _options = options.Value;

    public async Task<FileInspection> InspectAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var read = await BoundedReader.ReadAsync(content, _options.MaxBytes, cancellationToken);
        if (read.OverLimit)
        {
            return Refuse(new FileRefusal(FileRefusalReason.TooLarge, _options.MaxBytes, read.LengthAtLeast), null);
        }

        if (read.Bytes.IsEmpty)
        {
            return Refuse(new FileRefusal(FileRefusalReason.Empty), null);
        }

        return ContentSniffer.Sniff(read.Bytes.Span) switch
        {
            SniffedType.Jpeg => await InspectImageAsync(read.Bytes, EvidenceFileType.Jpeg, cancellationToken),
            SniffedType.Png => await InspectImageAsync(read.Bytes, EvidenceFileType.Png, cancellationToken),
            SniffedType.Pdf => InspectPdf(read.Bytes),
            SniffedType.Heic => Refuse(new FileRefusal(FileRefusalReason.Heic), null),
            SniffedType.Svg => Refuse(new FileRefusal(FileRefusalReason.Svg), null),
            _ => Refuse(new FileRefusal(FileRefusalReason.UnsupportedType), null),
        };
    }

    private async Task<FileInspection> InspectImageAsync(ReadOnlyMemory<byte> bytes, EvidenceFileType type, CancellationToken cancellationToken)
    {
        ImageCheck check;
        await DecodeGate.WaitAsync(cancellationToken);
        try
        {
            check = ImageInspector.Inspect(bytes, type, _options);
        }
        finally
        {
            DecodeGate.Release();
        }

        if (check.Refusal is not null)
        {
            return Refuse(check.Refusal, check.Detail);
        }

        LogAccepted(type, bytes.Length, check.Width, check.Height, check.Sharpness);
        return FileInspection.Accept(new AcceptedFile(type, ContentTypeOf(type), bytes, check.Width, check.Height, null, check.Sharpness));
    }

    private FileInspection InspectPdf(ReadOnlyMemory<byte> bytes)
    {
        var check = PdfInspector.Inspect(bytes, _options);
        if (check.Refusal is not null)
        {
            return Refuse(check.Refusal, check.Detail);
        }

        LogAccepted(EvidenceFileType.Pdf, bytes.Length, null, null, null);
        return FileInspection.Accept(new AcceptedFile(EvidenceFileType.Pdf, ContentTypeOf(EvidenceFileType.Pdf), bytes, null, null, check.Pages, null));
    }

    private FileInspection Refuse(FileRefusal refusal, string? detail)
    {
        LogRefused(refusal.Reason, refusal.Limit, refusal.Actual, detail);
        return FileInspection.Refuse(refusal);
    }

    internal static string ContentTypeOf(EvidenceFileType type) => type switch
    {
        EvidenceFileType.Jpeg => "image/jpeg",
        EvidenceFileType.Png => "image/png",
        EvidenceFileType.Pdf => "application/pdf",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Evidence refused: {Reason} (limit {Limit}, actual {Actual}) {Detail}")]
    private partial void LogRefused(FileRefusalReason reason, long? limit, long? actual, string? detail);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Evidence accepted: {Type}, {Length} bytes, {Width}×{Height}, sharpness {Sharpness:F0}")]
    private partial void LogAccepted(EvidenceFileType type, int length, int? width, int? height, double? sharpness);
}
