using Pixfra.Rma.Cards.Rendering;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>A message the bot sends: a card (with its plain-text fallback) or text.</summary>
public sealed record Reply(RenderedCard? Card, string? Text)
{
    public static Reply OfCard(RenderedCard card) => new(card, null);

    public static Reply OfText(string text) => new(null, text);
}

/// <summary>What a turn produced: replies to send, and for an invoke the card that replaces the clicked one.</summary>
public sealed record TurnOutput(IReadOnlyList<Reply> Replies, RenderedCard? InvokeCard);
