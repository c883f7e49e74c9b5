using System.Text.Json.Nodes;

namespace Pixfra.Rma.Conversations.Flow;

public enum TurnKind
{
    /// <summary>The bot was installed or the conversation was opened.</summary>
    ConversationStarted,

    /// <summary>Typed text.</summary>
    Message,

    /// <summary>A card button (Action.Submit): <see cref="TurnInput.Data"/> holds its data and the card's inputs.</summary>
    CardAction,

    /// <summary>An Action.Execute invoke; the answer is a card that replaces the one clicked.</summary>
    Invoke,
}

/// <summary>One thing the user did. Everything in it is user-controlled and validated by the flows.</summary>
public sealed record TurnInput(TurnKind Kind, string? Text, string? Verb, JsonObject? Data, string? Locale)
{
    /// <summary>Files sent with a message (photos, invoices, shipping documents); empty for everything else.</summary>
    public IReadOnlyList<IncomingFile> Files { get; init; } = [];

    public static TurnInput Started(string? locale = null) => new(TurnKind.ConversationStarted, null, null, null, locale);

    public static TurnInput Message(string text, string? locale = null) => new(TurnKind.Message, text, null, null, locale);

    public static TurnInput MessageWithFiles(string? text, IReadOnlyList<IncomingFile> files, string? locale = null) =>
        new(TurnKind.Message, text, null, null, locale) { Files = files };

    public static TurnInput Action(JsonObject data, string? locale = null) =>
        new(TurnKind.CardAction, null, data["verb"] is JsonValue verb && verb.TryGetValue<string>(out var v) ? v : null, data, locale);

    public static TurnInput Execute(string verb, JsonObject? data, string? locale = null) => new(TurnKind.Invoke, null, verb, data, locale);
}
