using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Evidence.Tests;

internal static class Inspection
{
    public static EvidenceInspector Inspector(EvidenceInspectionOptions? options = null) =>
        new(Options.Create(options ?? new EvidenceInspectionOptions()), NullLogger<EvidenceInspector>.Instance);

    public static Task<FileInspection> InspectAsync(byte[] content, EvidenceInspectionOptions? options = null) =>
        InspectAsync(new MemoryStream(content, writable: false), options);

    public static Task<FileInspection> InspectAsync(Stream content, EvidenceInspectionOptions? options = null) =>
        Inspector(options).InspectAsync(content, TestContext.Current.CancellationToken);

    public static AcceptedFile Accepted(this FileInspection inspection)
    {
        Assert.Null(inspection.Refusal);
        return Assert.IsType<AcceptedFile>(inspection.Accepted);
    }

    public static FileRefusal Refused(this FileInspection inspection)
    {
        Assert.Null(inspection.Accepted);
        return Assert.IsType<FileRefusal>(inspection.Refusal);
    }
}
