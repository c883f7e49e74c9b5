using System.Globalization;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>How places, files and refusals read in the user's language.</summary>
public static class EvidenceText
{
    public static string Place(FlowTurn turn, RmaCase draft, EvidencePlace place)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(place);
        return place.Kind switch
        {
            EvidenceKind.LabelPhoto or EvidenceKind.AppearancePhoto =>
                turn.Text($"Evidence_Place_{place.Kind}", place.LineNumber, draft.Lines.Single(l => l.LineNumber == place.LineNumber).SerialNumber),
            EvidenceKind.Invoice => turn.Text("Evidence_Place_Invoice", turn.Date(place.Proves!.Value), UnitsBoughtOn(draft, place)),
            _ => turn.Text("Evidence_Place_ShippingDocument"),
        };
    }

    public static string File(FlowTurn turn, EvidenceReference evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var name = evidence.FileName ?? turn.Text("Evidence_File_Unnamed");
        return evidence.Proves is { } date && evidence.Kind == EvidenceKind.ShippingDocument
            ? turn.Text("Evidence_File_WithDate", name, Size(evidence.SizeBytes), turn.Date(date))
            : turn.Text("Evidence_File", name, Size(evidence.SizeBytes));
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / (1024d * 1024d)).ToString("0.0 'MB'", CultureInfo.InvariantCulture)
        : Math.Max(1, bytes / 1024).ToString("0 'KB'", CultureInfo.InvariantCulture);

    public static string Refusal(FlowTurn turn, FileRefusal refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal.Reason switch
        {
            FileRefusalReason.TooLarge => turn.Text("Evidence_Refused_TooLarge", Size(refusal.Limit ?? 0)),
            FileRefusalReason.TooManyPixels => turn.Text("Evidence_Refused_TooManyPixels", (refusal.Limit ?? 0) / 1_000_000),
            FileRefusalReason.TooSmall => turn.Text("Evidence_Refused_TooSmall", refusal.Limit ?? 0),
            _ => turn.Text($"Evidence_Refused_{refusal.Reason}"),
        };
    }

    public static string Unavailable(FlowTurn turn, FileUnavailableReason reason) => turn.Text($"Evidence_Unavailable_{reason}");

    /// <summary>The user's file name, made safe to show: no path, no control characters, bounded.</summary>
    public static string? CleanName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var last = name.Replace('\\', '/').Split('/').Last();
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        return clean.Length == 0 ? null : clean.Length > 80 ? clean[..80] : clean;
    }

    private static string UnitsBoughtOn(RmaCase draft, EvidencePlace place) =>
        string.Join(", ", draft.CoveredLines.Where(l => l.Assessment.Start?.Date == place.Proves && l.Assessment.Start?.Source == Domain.Warranty.WarrantyStartSource.Invoice).Select(l => l.LineNumber));
}
