using System.Globalization;
using NodaTime;
using Pixfra.Rma.Cards;
using Pixfra.Rma.Cards.Rendering;
using Pixfra.Rma.Cards.Text;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Domain.Cases;
using Pixfra.Rma.Domain.Time;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Flow;

/// <summary>One turn in progress: the input, the state as it changes, and the replies collected so far.</summary>
public sealed class FlowTurn(FlowServices services, ConversationKey conversation, Speaker speaker, TurnInput input, CultureInfo culture, Instant now, ConversationState state, CancellationToken cancellationToken)
{
    public FlowServices Services { get; } = services;

    public ConversationKey Conversation { get; } = conversation;

    public Speaker Speaker { get; } = speaker;

    public TurnInput Input { get; } = input;

    public CultureInfo Culture { get; } = culture;

    /// <summary>The instant the turn started; every time recorded in this turn is this one.</summary>
    public Instant Now { get; } = now;

    /// <summary>Today in China, the calendar the policy's dates use.</summary>
    public LocalDate Today => ChinaTime.DateAt(Now);

    public ConversationState State { get; set; } = state;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public List<Reply> Replies { get; } = [];

    /// <summary>For an invoke: the card that replaces the clicked one.</summary>
    public RenderedCard? InvokeCard { get; set; }

    /// <summary>For an invoke: a short message shown instead of replacing the card (e.g. a refusal).</summary>
    public string? InvokeMessage { get; set; }

    /// <summary>Messages to other conversations (staff thread, distributor chat), delivered after the state is written.</summary>
    public List<OutboundMessage> Outbound { get; } = [];

    /// <summary>This chat, as a case records where it was raised.</summary>
    public ConversationAddress RaisedHere => new(Conversation.ChannelId, Conversation.ConversationId);

    public Actor Actor => new(State.Role == Role.Staff ? ActorKind.Staff : ActorKind.Distributor, Speaker.AadObjectId ?? Speaker.UserId, Speaker.Name);

    public void Card<TModel>(TModel model)
        where TModel : ICardModel => Replies.Add(Reply.OfCard(Render(model)));

    public RenderedCard Render<TModel>(TModel model)
        where TModel : ICardModel => CardRenderer.Render(model, Culture);

    public void Say(string key, params object?[] args) => Replies.Add(Reply.OfText(Text(key, args)));

    public string Text(string key, params object?[] args) => args.Length == 0 ? BotText.Get(key, Culture) : BotText.Format(key, Culture, args);

    public string Date(LocalDate date) => BotDates.Format(date, Culture);
}
