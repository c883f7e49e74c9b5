using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Conversations.Takeover;
using Pixfra.Rma.Conversations.Tests.Scripts;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Conversations.Tests.Takeover;

/// <summary>
/// The connector's side of messages to other conversations, as the host's delivery drives it: messages land in
/// their conversation, updates replace the posted card, and a new staff thread gets an id that is saved on the
/// handoff exactly as the host saves it (the only fake: the HTTP boundary).
/// </summary>
public sealed class Outbox(RmaWorld world)
{
    private readonly Dictionary<ConversationKey, List<Reply>> _messages = [];
    private readonly Dictionary<string, Reply> _posted = [];
    private int _threads;

    public ConversationKey? LastThread { get; private set; }

    public async Task DeliverAsync(TurnOutput output)
    {
        foreach (var message in output.OutboundMessages)
        {
            switch (message.Kind)
            {
                case OutboundKind.Send:
                    Add(message.Target!, message.Reply);
                    break;
                case OutboundKind.Update:
                    Assert.True(_posted.ContainsKey(message.ActivityId!), $"update of an unknown message {message.ActivityId}");
                    _posted[message.ActivityId!] = message.Reply;
                    break;
                case OutboundKind.StartStaffThread:
                    var n = ++_threads;
                    var thread = new ConversationKey("msteams", $"19:staff-channel@thread.tacv2;messageid={n}");
                    _posted[$"card-{n}"] = message.Reply;
                    Add(thread, message.Reply);
                    LastThread = thread;
                    await HandoffThreads.RecordAsync(world.Handoffs, message.HandoffId!, thread, $"card-{n}", TestContext.Current.CancellationToken);
                    break;
            }
        }
    }

    public IReadOnlyList<Reply> To(ConversationKey conversation) => _messages.GetValueOrDefault(conversation) ?? [];

    public string TextsTo(ConversationKey conversation) => string.Join("\n", To(conversation).Select(r => r.Text ?? r.Card!.FallbackText));

    /// <summary>The card as everyone in the thread sees it now (posted, then updated in place).</summary>
    public Reply PostedCard(string activityId) => _posted[activityId];

    public void Clear() => _messages.Clear();

    private void Add(ConversationKey conversation, Reply reply)
    {
        if (!_messages.TryGetValue(conversation, out var list))
        {
            _messages[conversation] = list = [];
        }

        list.Add(reply);
    }
}
