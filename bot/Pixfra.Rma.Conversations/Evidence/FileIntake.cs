using Pixfra.Rma.Conversations.Flow;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// Takes one sent file: fetches it, inspects its content and stores it under a name made from its hash. Every
/// failure becomes a reason the user can act on; nothing is stored unless it passed.
/// </summary>
public static class FileIntake
{
    public static async Task<(PendingFile? File, string? Refusal)> TakeAsync(FlowTurn turn, IncomingFile file, int id)
    {
        ArgumentNullException.ThrowIfNull(file);
        FileInspection inspection;
        try
        {
            await using var content = await file.OpenAsync(turn.CancellationToken);
            inspection = await turn.Services.Inspector.InspectAsync(content, turn.CancellationToken);
        }
        catch (FileUnavailableException ex)
        {
            return (null, EvidenceText.Unavailable(turn, ex.Reason));
        }

        if (inspection.Accepted is not { } accepted)
        {
            return (null, EvidenceText.Refusal(turn, inspection.Refusal!));
        }

        using var bytes = InMemoryContent.Open(accepted.Content);
        var blob = await turn.Services.Blobs.PutAsync(bytes, accepted.ContentType, accepted.Content.Length, turn.CancellationToken);
        return (new PendingFile(id, blob.Name, blob.ContentType, blob.Length, blob.Sha256, EvidenceText.CleanName(file.Name), accepted.IsImage, turn.Now), null);
    }
}
