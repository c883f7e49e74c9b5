using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Testing.Evidence;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

/// <summary>Seeds the world before each script and offers the steps most scripts share.</summary>
public abstract class RmaScriptBase : IAsyncLifetime
{
    private static int _photos;

    protected RmaWorld World { get; } = new();

    public async ValueTask InitializeAsync() => await World.SeedAsync();

    public ValueTask DisposeAsync()
    {
        World.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected Chat ChatAs(Speaker speaker, string conversationId = "personal-1", string locale = "en-US") => new(World, speaker, conversationId, locale);

    /// <summary>"new rma" and the three checklist confirmations: the chat is then on the units form.</summary>
    protected static async Task StartRmaAsync(Chat chat)
    {
        await chat.SayAsync("new rma");
        await chat.ClickAsync("checklist.confirm");
        await chat.ClickAsync("checklist.confirm");
        await chat.ClickAsync("checklist.confirm");
        Assert.Equal("product-line", chat.LastCard!.TemplateName);
    }

    protected static Task AddUnitAsync(Chat chat, string serialNumber, string model = "SAMPLE-TC384", string invoiceDate = "2025-06-01", string painted = "no", string noSubstitute = "false") =>
        chat.ClickAsync(
            "line.add",
            ("serialNumber", serialNumber),
            ("model", model),
            ("fault", "No image after power on"),
            ("painted", painted),
            ("tampered", "no"),
            ("labelRemoved", "no"),
            ("invoiceDate", invoiceDate),
            ("noSubstitute", noSubstitute));

    /// <summary>On the photos and documents card: answers every request with a new sharp photo until nothing is missing.</summary>
    protected static async Task SendEvidenceAsync(Chat chat)
    {
        for (var sent = 0; chat.LastCard!.TemplateName == "evidence-request" && chat.LastCard.FallbackText.Contains("Now send:", StringComparison.Ordinal); sent++)
        {
            Assert.True(sent < 40, "The bot kept asking for files.");
            await chat.SendFilesAsync(($"photo-{Interlocked.Increment(ref _photos)}.jpg", EvidenceSamples.Photo(_photos)));
        }
    }

    /// <summary>From the units form to the review, past the photos and documents (sent, or left missing).</summary>
    protected static async Task ReviewAsync(Chat chat, bool sendEvidence)
    {
        await chat.ClickAsync("lines.done");
        if (chat.LastCard!.TemplateName == "evidence-request")
        {
            if (sendEvidence)
            {
                await SendEvidenceAsync(chat);
            }

            await chat.ClickAsync("evidence.done");
        }

        Assert.Equal("warranty-review", chat.LastCard!.TemplateName);
    }

    /// <summary>From the units form to the issued number card, sending a distinct sharp photo for every file asked for.</summary>
    protected static async Task<string> ConfirmAsync(Chat chat)
    {
        await ReviewAsync(chat, sendEvidence: true);
        await chat.ClickAsync("rma.confirm");
        Assert.Equal("rma-number", chat.LastCard!.TemplateName);
        return (string)chat.LastCard.Card["refresh"]!["action"]!["data"]!["rma"]!;
    }
}
