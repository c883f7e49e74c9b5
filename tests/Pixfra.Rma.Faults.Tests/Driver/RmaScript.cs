using System.Text.Json.Nodes;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Faults.Tests.Driver;

/// <summary>The steps of a complete RMA for one unit, as a distributor takes them (README "Try it").</summary>
public static class RmaScript
{
    /// <summary>Welcome and checklist: from "new rma" to the units form.</summary>
    public static async Task ToUnitsFormAsync(ExpectRepliesChat chat, CancellationToken ct)
    {
        await chat.SayAsync("new rma", "Back up programs and data", ct);
        await chat.ClickAsync("checklist.confirm", "Delete private information", ct);
        await chat.ClickAsync("checklist.confirm", "Restore factory settings", ct);
        await chat.ClickAsync("checklist.confirm", "Products to return", ct);
    }

    /// <summary>Adds a unit the shipment registry knows (no invoice needed).</summary>
    public static Task<JsonObject> AddUnitAsync(ExpectRepliesChat chat, string serialNumber, CancellationToken ct) =>
        chat.ClickAsync("line.add", serialNumber, ct, Unit(serialNumber, "SAMPLE-TC384"));

    /// <summary>A new RMA with one registered unit, waiting for its first photo.</summary>
    public static async Task<ExpectRepliesChat> AtTheFirstPhotoAsync(HttpClient http, Uri messages, string conversationId, CancellationToken ct)
    {
        var chat = new ExpectRepliesChat(http, messages, conversationId);
        await ToUnitsFormAsync(chat, ct);
        await AddUnitAsync(chat, "PX384DEMO001", ct);
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        return chat;
    }

    /// <summary>A new conversation still gets its first answer: the host survived whatever came before.</summary>
    public static Task StillServingAsync(HttpClient http, Uri messages, CancellationToken ct) =>
        new ExpectRepliesChat(http, messages, "a:still-serving-" + Guid.NewGuid().ToString("N")).SayAsync("new rma", "Back up programs and data", ct);

    /// <summary>Photos of unit 1, the review, and the confirmation; returns the RMA number.</summary>
    public static async Task<string> PhotosAndConfirmAsync(ExpectRepliesChat chat, FileHost files, int photoSeed, CancellationToken ct)
    {
        await chat.ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        await chat.SendFilesAsync(files, "Now send: Overall photo of unit 1", ct, ("label.jpg", EvidenceSamples.Photo(photoSeed)));
        await chat.SendFilesAsync(files, "Everything needed is here", ct, ("unit.jpg", EvidenceSamples.Photo(photoSeed + 1)));
        await chat.ClickAsync("evidence.done", "Warranty check", ct);
        var numberCard = await chat.ClickAsync("rma.confirm", "30 days left", ct);
        return (string)numberCard["refresh"]!["action"]!["data"]!["rma"]!;
    }

    public static (string, string)[] Unit(string serialNumber, string model) =>
    [
        ("serialNumber", serialNumber),
        ("model", model),
        ("fault", "No image after power on"),
        ("painted", "no"),
        ("tampered", "no"),
        ("labelRemoved", "no"),
        ("invoiceDate", string.Empty),
        ("noSubstitute", "false"),
    ];
}
