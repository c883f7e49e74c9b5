using System.Text.Json.Nodes;
using Pixfra.Rma.EndToEnd.Tests.Harness;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.EndToEnd.Tests;

/// <summary>The current user's personal chat with the bot, driven through the Playground's REST API.</summary>
internal sealed class RmaConversation(PlaygroundClient client, string conversationId = PlaygroundUsers.PersonalChatId)
{
    public PlaygroundEvent? LastCard { get; private set; }

    /// <summary>Types a message and waits for the bot's card whose text contains <paramref name="expected"/>.</summary>
    public async Task<PlaygroundEvent> SayAsync(string text, string expected, CancellationToken ct)
    {
        var since = client.Mark();
        await client.SendTextAsync(conversationId, PlaygroundUsers.CurrentUserId, text, ct);
        return await CardAsync(since, expected, $"card with \"{expected}\" after \"{text}\"", ct);
    }

    /// <summary>"new rma" and the three checklist confirmations: the chat is then on the units form.</summary>
    public async Task StartRmaAsync(CancellationToken ct)
    {
        await SayAsync("new rma", "Back up programs and data", ct);
        await ClickAsync("checklist.confirm", "Delete private information", ct);
        await ClickAsync("checklist.confirm", "Restore factory settings", ct);
        await ClickAsync("checklist.confirm", "Products to return", ct);
    }

    /// <summary>Adds one unit on the form (not painted, tampered or label-removed) and waits for it to be listed.</summary>
    public Task<PlaygroundEvent> AddUnitAsync(string serialNumber, string model, string invoiceDate, CancellationToken ct, string fault = "No image after power on", bool noSubstitute = false) =>
        ClickAsync(
            "line.add", serialNumber, ct,
            ("serialNumber", serialNumber), ("model", model), ("fault", fault), ("painted", "no"), ("tampered", "no"),
            ("labelRemoved", "no"), ("invoiceDate", invoiceDate), ("noSubstitute", noSubstitute ? "true" : "false"));

    /// <summary>Clicks an Action.Submit on the last card and waits for the bot's card containing <paramref name="expected"/>.</summary>
    public Task<PlaygroundEvent> ClickAsync(string verb, string expected, CancellationToken ct, params (string Id, string Value)[] inputs) =>
        ClickOnAsync(LastCard ?? throw new InvalidOperationException("No card yet."), verb, expected, ct, inputs);

    /// <summary>Clicks an Action.Submit on <paramref name="card"/> and waits for the bot's card containing <paramref name="expected"/>.</summary>
    public async Task<PlaygroundEvent> ClickOnAsync(PlaygroundEvent card, string verb, string expected, CancellationToken ct, params (string Id, string Value)[] inputs)
    {
        var since = client.Mark();
        await client.SubmitAsync(conversationId, PlaygroundUsers.CurrentUserId, card.MessageId!, CardActions.Submit(card.Cards[0], verb, inputs), ct);
        return await CardAsync(since, expected, $"card with \"{expected}\" after clicking {verb}", ct);
    }

    /// <summary>Waits for a plain text reply containing <paramref name="expected"/> since <paramref name="since"/>.</summary>
    public Task<PlaygroundEvent> TextAsync(int since, string expected, CancellationToken ct) =>
        client.WaitForBotMessageAsync(conversationId, since, e => e.Text?.Contains(expected, StringComparison.Ordinal) == true, $"text \"{expected}\"", ct);

    /// <summary>
    /// Sends files as Teams does (TOOLING.md §1: a custom activity with attachments): a file sent in a personal chat
    /// arrives as file.download.info with a download URL; a pasted picture as an image attachment with a content URL.
    /// Waits for the bot's card containing <paramref name="expected"/>.
    /// </summary>
    public async Task<PlaygroundEvent> SendFilesAsync(FileHost files, string expected, CancellationToken ct, params (string Name, byte[] Content, bool Pasted)[] attachments)
    {
        var activity = await client.CustomActivityTemplateAsync(conversationId, ct);
        activity["type"] = "message";
        activity["text"] = string.Empty;
        activity["id"] = Guid.NewGuid().ToString("N");
        activity["attachments"] = new JsonArray([.. attachments.Select(a =>
        {
            var url = files.Add($"{Guid.NewGuid():N}-{a.Name}", a.Content).AbsoluteUri;
            return (JsonNode)(a.Pasted
                ? new JsonObject { ["contentType"] = "image/*", ["contentUrl"] = url, ["name"] = a.Name }
                : new JsonObject
                {
                    ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
                    ["contentUrl"] = url,
                    ["name"] = a.Name,
                    ["content"] = new JsonObject { ["downloadUrl"] = url, ["uniqueId"] = Guid.NewGuid().ToString(), ["fileType"] = Path.GetExtension(a.Name).TrimStart('.') },
                });
        })]);
        var since = client.Mark();
        await client.SendCustomActivityAsync(activity, ct);
        return await CardAsync(since, expected, $"card with \"{expected}\" after sending {attachments.Length} file(s)", ct);
    }

    /// <summary>
    /// From the units form to the review of a single unit: its label and overall photos (and, with
    /// <paramref name="invoice"/>, the invoice) are sent one by one, each going where the bot asked.
    /// </summary>
    public async Task<PlaygroundEvent> SendEvidenceForOneUnitAsync(FileHost files, int photoSeed, bool invoice, CancellationToken ct)
    {
        await ClickAsync("lines.done", "Now send: Label photo of unit 1", ct);
        await SendFilesAsync(files, "Now send: Overall photo of unit 1", ct, ("label.jpg", EvidenceSamples.Photo(photoSeed), false));
        await SendFilesAsync(files, invoice ? "Now send: Invoice" : "Everything needed is here", ct, ("unit.jpg", EvidenceSamples.Photo(photoSeed + 1), true));
        if (invoice)
        {
            await SendFilesAsync(files, "Everything needed is here", ct, ("invoice.pdf", EvidenceSamples.InvoicePdf(), false));
        }

        return await ClickAsync("evidence.done", "Warranty check", ct);
    }

    public async Task<JsonObject> ExecuteAsync(PlaygroundEvent card, string verb, JsonObject data, CancellationToken ct) =>
        await client.ExecuteAsync(conversationId, PlaygroundUsers.CurrentUserId, card.MessageId!, verb, data, ct);

    private async Task<PlaygroundEvent> CardAsync(int since, string expected, string description, CancellationToken ct)
    {
        var card = await client.WaitForBotMessageAsync(
            conversationId, since, e => e.Cards.Count > 0 && CardActions.AllText(e.Cards[0]).Contains(expected, StringComparison.Ordinal), description, ct);
        LastCard = card;
        return card;
    }
}
