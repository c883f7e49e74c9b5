using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>A message the bot sends: a card (with its plain-text fallback) or text.</summary>
public sealed record Reply(RenderedCard? Card, string? Text)
{
    public static Reply OfCard(RenderedCard card) => new(card, null);

    public static Reply OfText(string text) => new(null, text);
}

/// <summary>
/// What a turn produced: replies to send, for an invoke the card that replaces the clicked one (or a message), and
/// messages to other conversations that the host delivers after the state write.
/// </summary>
public sealed record TurnOutput(IReadOnlyList<Reply> Replies, RenderedCard? InvokeCard, IReadOnlyList<OutboundMessage>? Outbound = null, string? InvokeMessage = null)
{
    public IReadOnlyList<OutboundMessage> OutboundMessages => Outbound ?? [];
}
