using System.Text.Json.Nodes;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Conversations.Evidence;
using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Tests.Scripts;

/// <summary>
/// One person in one conversation, driving the bot as Teams would: typing, and clicking buttons that exist on the
/// cards the bot sent (a click sends the button's data merged with the card's inputs, as Action.Submit does).
/// </summary>
public sealed class Chat(RmaWorld world, Speaker speaker, string conversationId = "personal-1", string locale = "en-US", RmaConversation? bot = null)
{
    private RmaConversation _bot = bot ?? world.Bot();

    public ConversationKey Key { get; } = new("msteams", conversationId);

    /// <summary>Everything the bot sent in the last turn.</summary>
    public TurnOutput Last { get; private set; } = new([], null);

    /// <summary>The last card the bot sent in any turn so far.</summary>
    public RenderedCard? LastCard { get; private set; }

    public Task<TurnOutput> OpenAsync() => TurnAsync(TurnInput.Started(locale));

    public Task<TurnOutput> SayAsync(string text) => TurnAsync(TurnInput.Message(text, locale));

    /// <summary>Clicks the Action.Submit with <paramref name="verb"/> on the last card, filling its inputs.</summary>
    public Task<TurnOutput> ClickAsync(string verb, params (string Id, string Value)[] inputs) => ClickOnAsync(LastCard ?? throw new InvalidOperationException("No card yet."), verb, inputs);

    public Task<TurnOutput> ClickOnAsync(RenderedCard card, string verb, params (string Id, string Value)[] inputs)
    {
        var data = CardButtons.Find(card, verb) ?? throw new InvalidOperationException($"Card {card.TemplateName} has no button '{verb}'. Buttons: {string.Join(", ", CardButtons.Verbs(card))}");
        foreach (var (id, value) in CardButtons.InputsSentWith(card, verb))
        {
            data[id] = value;
        }

        foreach (var (id, value) in inputs)
        {
            if (!CardButtons.HasInput(card, id))
            {
                throw new InvalidOperationException($"Card {card.TemplateName} has no input '{id}'.");
            }

            data[id] = value;
        }

        return TurnAsync(TurnInput.Action(data, locale));
    }

    /// <summary>Sends card data the card never offered: a forged or stale submit.</summary>
    public Task<TurnOutput> SubmitRawAsync(JsonObject data) => TurnAsync(TurnInput.Action(data, locale));

    /// <summary>Sends files with a message, as a user attaching them in Teams; each opens as its bytes.</summary>
    public Task<TurnOutput> SendFilesAsync(params (string Name, byte[] Content)[] files) =>
        TurnAsync(TurnInput.MessageWithFiles(null, [.. files.Select(f => new IncomingFile(f.Name, _ => Task.FromResult<Stream>(new MemoryStream(f.Content, writable: false))))], locale));

    /// <summary>Sends a file whose download fails the way the connector reports it.</summary>
    public Task<TurnOutput> SendUnavailableFileAsync(string name, FileUnavailableReason reason) =>
        TurnAsync(TurnInput.MessageWithFiles(null, [new IncomingFile(name, _ => throw new FileUnavailableException(reason))], locale));

    /// <summary>Clicks an Action.Execute with <paramref name="verb"/> and <paramref name="data"/> (the card's inputs merged in).</summary>
    public Task<TurnOutput> ExecuteAsync(string verb, JsonObject? data) => TurnAsync(TurnInput.Execute(verb, data, locale));

    public Task<TurnOutput> RefreshAsync(string number) => TurnAsync(TurnInput.Execute("rma.refresh", new JsonObject { ["rma"] = number }, locale));

    /// <summary>The bot process restarts: a new instance over the same database.</summary>
    public void RestartBot() => _bot = world.Bot();

    public string Texts => string.Join("\n", Last.Replies.Select(r => r.Text ?? r.Card!.FallbackText));

    private async Task<TurnOutput> TurnAsync(TurnInput input)
    {
        Last = await _bot.HandleAsync(Key, speaker, input, TestContext.Current.CancellationToken);
        LastCard = Last.Replies.LastOrDefault(r => r.Card is not null)?.Card ?? LastCard;
        return Last;
    }
}
