using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Bench;

/// <summary>
/// Bench only, for the rows "photo check excluded" (issue 11's latency target): files are taken by their first bytes
/// without decoding, so the turns measure the bot's own work. The real check has its own row (PhotoBench).
/// </summary>
internal sealed class UncheckedEvidence : IEvidenceInspector
{
    public async Task<FileInspection> InspectAsync(Stream content, CancellationToken cancellationToken)
    {
        // As the real inspector: a file the bot already holds is taken as it is, anything else is read once.
        if (!InMemoryContent.TryGet(content, out var bytes))
        {
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, cancellationToken);
            bytes = buffer.ToArray();
        }

        return bytes.Span.StartsWith("%PDF"u8)
            ? FileInspection.Accept(new AcceptedFile(EvidenceFileType.Pdf, "application/pdf", bytes, null, null, 1, null))
            : FileInspection.Accept(new AcceptedFile(EvidenceFileType.Jpeg, "image/jpeg", bytes, 4000, 3000, null, 1000));
    }
}
