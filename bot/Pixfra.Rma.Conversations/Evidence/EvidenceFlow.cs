using NodaTime;
using Pixfra.Rma.Cards.Models;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Lines;
using Pixfra.Rma.Conversations.Review;
using Pixfra.Rma.Domain.Cases;

namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>
/// P10, P13: the photos and documents, between the units and the review. The card asks for one file at a time (which
/// unit, which kind); a single file sent goes to the first open place it can fill; several sent at once are stored
/// and the user says on a card what each one is. A refused file changes nothing but the message.
/// </summary>
public static class EvidenceFlow
{
    public const int MaxFilesPerMessage = 10;
    public const int RefusalsBeforeOfferingSupport = 3;

    public static void Show(FlowTurn turn, IReadOnlyList<string> messages)
    {
        turn.State = turn.State with { Step = FlowStep.Evidence };
        if (turn.State.PendingFiles is { Count: > 0 })
        {
            ShowAssignment(turn, messages, errors: []);
            return;
        }

        var draft = turn.State.Draft!;
        var items = new List<EvidenceItemView>();
        foreach (var place in EvidencePlace.AllOn(draft).Where(p => p.Kind != EvidenceKind.ShippingDocument))
        {
            var filed = draft.Evidence.FirstOrDefault(place.IsFilledBy);
            items.Add(new EvidenceItemView(
                EvidenceText.Place(turn, draft, place),
                filed is null ? turn.Text("Evidence_Missing") : EvidenceText.File(turn, filed),
                filed is null ? "Attention" : "Good"));
        }

        items.AddRange(draft.Evidence
            .Where(e => e.Kind == EvidenceKind.ShippingDocument)
            .Select(e => new EvidenceItemView(turn.Text("Evidence_Place_ShippingDocument"), EvidenceText.File(turn, e), "Good")));

        var missing = draft.MissingEvidence;
        var next = missing.Count == 0 ? null : missing[0];
        turn.Card(new EvidenceRequestCard(
            items,
            next is null ? turn.Text("Evidence_AllThere") : turn.Text("Evidence_SendNext", EvidenceText.Place(turn, draft, EvidencePlace.Of(next))),
            [.. messages.Select(m => new MessageView(m))],
            OfferSupport: turn.State.FailedUploads >= RefusalsBeforeOfferingSupport,
            draft.Number.Symbols));
    }

    /// <summary>Files arrived with a message.</summary>
    public static async Task ReceiveAsync(FlowTurn turn)
    {
        var messages = new List<string>();
        var files = turn.Input.Files;
        if (files.Count > MaxFilesPerMessage)
        {
            messages.Add(turn.Text("Evidence_TooManyFiles", MaxFilesPerMessage, files.Count - MaxFilesPerMessage));
            files = [.. files.Take(MaxFilesPerMessage)];
        }

        var pending = turn.State.PendingFiles ?? [];
        var nextId = pending.Count == 0 ? 1 : pending.Max(p => p.Id) + 1;
        var accepted = new List<PendingFile>();
        foreach (var file in files)
        {
            var (taken, refusal) = await FileIntake.TakeAsync(turn, file, nextId + accepted.Count);
            if (taken is null)
            {
                messages.Add(turn.Text("Evidence_Refused", EvidenceText.CleanName(file.Name) ?? turn.Text("Evidence_File_Unnamed"), refusal));
                continue;
            }

            accepted.Add(taken);
        }

        var refused = files.Count - accepted.Count;
        turn.State = turn.State with { FailedUploads = accepted.Count > 0 ? 0 : turn.State.FailedUploads + refused };
        if (accepted.Count == 1 && pending.Count == 0 && OpenPlaceFor(turn.State.Draft!, accepted[0]) is { } place)
        {
            var problem = Place(turn, accepted[0], place, shippedOn: null);
            messages.Add(problem is null
                ? turn.Text("Evidence_Saved", EvidenceText.Place(turn, turn.State.Draft!, place))
                : turn.Text("Evidence_Refused", accepted[0].FileName ?? turn.Text("Evidence_File_Unnamed"), problem));
            turn.State = turn.State with { PendingFiles = null };
            Show(turn, messages);
            return;
        }

        turn.State = turn.State with { PendingFiles = [.. pending, .. accepted] };
        Show(turn, messages);
    }

    /// <summary>The assignment card was sent back: each pending file's place (or "discard").</summary>
    public static void Assign(FlowTurn turn)
    {
        var data = turn.Input.Data;
        var draft = turn.State.Draft!;
        var errors = new List<string>();
        var shippedOn = ShippedOn(turn, CardData.Text(data, "shippedOn"), errors);
        var left = new List<PendingFile>();
        var messages = new List<string>();
        foreach (var file in turn.State.PendingFiles ?? [])
        {
            var key = CardData.Text(data, $"file{file.Id}");
            if (key == EvidencePlace.DiscardKey)
            {
                continue;
            }

            var place = EvidencePlace.Parse(key, turn.State.Draft!);
            string? problem = place is null
                ? turn.Text("Evidence_Error_ChoosePlace")
                : place.Kind == EvidenceKind.ShippingDocument && shippedOn is null
                    ? turn.Text("Evidence_Error_ShippedOnRequired")
                    : Place(turn, file, place, shippedOn);
            if (problem is not null)
            {
                errors.Add(turn.Text("Evidence_Refused", file.FileName ?? turn.Text("Evidence_File_Unnamed"), problem));
                left.Add(file);
                continue;
            }

            messages.Add(turn.Text("Evidence_Saved", EvidenceText.Place(turn, draft, place!)));
        }

        turn.State = turn.State with { PendingFiles = left.Count == 0 ? null : left };
        if (left.Count > 0)
        {
            ShowAssignment(turn, messages, errors.Distinct().ToList());
            return;
        }

        Show(turn, messages);
    }

    /// <summary>On to the review; it shows what is still missing, and the number waits until nothing is.</summary>
    public static void Done(FlowTurn turn)
    {
        if (turn.State.PendingFiles is { Count: > 0 })
        {
            ShowAssignment(turn, [turn.Text("Evidence_PlaceFilesFirst")], errors: []);
            return;
        }

        ReviewFlow.Show(turn);
    }

    private static void ShowAssignment(FlowTurn turn, IReadOnlyList<string> messages, IReadOnlyList<string> errors)
    {
        turn.State = turn.State with { Step = FlowStep.Evidence };
        var draft = turn.State.Draft!;
        var places = EvidencePlace.AllOn(draft);
        var suggested = new List<EvidencePlace>();
        var files = new List<PendingFileView>();
        foreach (var file in turn.State.PendingFiles!)
        {
            // Suggest the open places in order, so a batch sent in the order asked needs no changes.
            var suggestion = places.FirstOrDefault(p => Fits(p, file) && !suggested.Contains(p) && !draft.Evidence.Any(p.IsFilledBy) && p.Kind != EvidenceKind.ShippingDocument);
            if (suggestion is not null)
            {
                suggested.Add(suggestion);
            }

            files.Add(new PendingFileView(
                $"file{file.Id}",
                file.FileName ?? turn.Text("Evidence_File_Unnamed"),
                turn.Text(file.IsImage ? "Evidence_Kind_Image" : "Evidence_Kind_Pdf", EvidenceText.Size(file.SizeBytes)),
                [.. places.Where(p => Fits(p, file)).Select(p => new ChoiceView(EvidenceText.Place(turn, draft, p), p.Key)), new ChoiceView(turn.Text("Evidence_Discard"), EvidencePlace.DiscardKey)],
                suggestion?.Key ?? string.Empty));
        }

        turn.Card(new EvidenceAssignCard(
            files,
            [.. messages.Select(m => new MessageView(m))],
            [.. errors.Select(e => new MessageView(e))],
            turn.Today.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            draft.Number.Symbols));
    }

    /// <summary>Files <paramref name="file"/> at <paramref name="place"/>; the reason when it cannot go there.</summary>
    private static string? Place(FlowTurn turn, PendingFile file, EvidencePlace place, LocalDate? shippedOn)
    {
        var draft = turn.State.Draft!;
        if (!Fits(place, file))
        {
            return turn.Text("Evidence_Error_PhotoNeedsImage");
        }

        // One file proves one thing: the same photo as two units' labels (or label and overall view) is not evidence.
        if (draft.Evidence.FirstOrDefault(e => e.Sha256 == file.Sha256) is { } same)
        {
            var samePlace = new EvidencePlace(same.Kind, same.LineNumber, same.Kind == EvidenceKind.ShippingDocument ? null : same.Proves);
            return place.IsFilledBy(same)
                ? turn.Text("Evidence_Error_AlreadyThere", EvidenceText.Place(turn, draft, place))
                : turn.Text("Evidence_Error_SameFileElsewhere", EvidenceText.Place(turn, draft, samePlace));
        }

        var evidence = new EvidenceReference(
            place.Kind, place.LineNumber, file.BlobName, file.ContentType, file.SizeBytes, file.Sha256, turn.Actor, file.ReceivedAt, file.FileName,
            place.Kind == EvidenceKind.ShippingDocument ? shippedOn : place.Proves);
        turn.State = turn.State with { Draft = draft.FileEvidence(evidence) };
        return null;
    }

    private static EvidencePlace? OpenPlaceFor(RmaCase draft, PendingFile file) =>
        draft.MissingEvidence.Select(EvidencePlace.Of).FirstOrDefault(p => Fits(p, file));

    // Photos must be pictures; an invoice or a shipping document may be a PDF or a picture of the paper.
    private static bool Fits(EvidencePlace place, PendingFile file) => file.IsImage || !place.IsPhoto;

    private static LocalDate? ShippedOn(FlowTurn turn, string? text, List<string> errors)
    {
        if (text is null)
        {
            return null;
        }

        var dateErrors = new List<string>();
        var date = LineFormReader.InvoiceDate(turn, text, dateErrors);
        if (dateErrors.Count > 0)
        {
            errors.Add(turn.Text("Evidence_Error_ShippedOnInvalid", turn.Date(turn.Today)));
        }

        return date;
    }
}
