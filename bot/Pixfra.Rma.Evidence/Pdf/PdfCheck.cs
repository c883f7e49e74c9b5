using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Evidence.Pdf;

/// <summary>The outcome of the PDF checks: the page count, or a refusal with (for the log) why it counted as damaged.</summary>
internal sealed record PdfCheck(FileRefusal? Refusal, int Pages, string? Detail)
{
    public static PdfCheck Passed(int pages) => new(null, pages, null);

    public static PdfCheck Refused(FileRefusal refusal) => new(refusal, 0, null);

    public static PdfCheck Damaged(string detail) => new(new FileRefusal(FileRefusalReason.Damaged), 0, detail);
}
