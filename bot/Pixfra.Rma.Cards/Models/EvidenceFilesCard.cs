namespace Pixfra.Rma.Cards.Models;

/// <summary>The photos and documents of an RMA, each opening through a short-lived link.</summary>
public sealed record EvidenceFilesCard(string Number, IReadOnlyList<EvidenceFileView> Files, string Note) : ICardModel
{
    public static string TemplateName => "evidence-files";

    public bool HasFiles => Files.Count > 0;

    public bool HasNoFiles => Files.Count == 0;
}

public sealed record EvidenceFileView(string Heading, string File, string Url);
