using Pixfra.Rma.Conversations.Evidence;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Pixfra.Rma.Evidence.Pdf;

/// <summary>
/// Opens a PDF with PdfPig and reads every page, so a file that only looks like a PDF (or lost its end) is refused
/// here rather than when staff try to open it. A PDF encrypted with an empty user password opens like any other
/// (it only restricts printing or copying); one that needs a password is refused.
/// </summary>
internal static class PdfInspector
{
    /// <summary>Readers accept "%%EOF" within the last 1024 bytes (some writers append a little after it).</summary>
    public const int EndMarkerWindow = 1024;

    public static PdfCheck Inspect(ReadOnlyMemory<byte> content, EvidenceInspectionOptions options)
    {
        // A cut-off download loses its end marker. PdfPig's lenient parser can rebuild a document from what is left,
        // but what is left is not the document that was sent: refuse it, so the user sends the whole file.
        var tail = content.Span[Math.Max(0, content.Length - EndMarkerWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
        {
            return PdfCheck.Damaged("no %%EOF at the end (truncated)");
        }

        try
        {
            // Lenient parsing, PdfPig's default: invoices come from all kinds of generators, many slightly off the spec.
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = document.NumberOfPages;
            if (pages < 1 || pages > options.MaxPdfPages)
            {
                return PdfCheck.Refused(new FileRefusal(FileRefusalReason.PdfPages, options.MaxPdfPages, pages));
            }

            for (var number = 1; number <= pages; number++)
            {
                _ = document.GetPage(number);
            }

            return PdfCheck.Passed(pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            return PdfCheck.Refused(new FileRefusal(FileRefusalReason.PdfEncrypted));
        }
#pragma warning disable CA1031 // Any parser failure on untrusted content means "damaged", not a crash of the turn.
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return PdfCheck.Damaged($"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
