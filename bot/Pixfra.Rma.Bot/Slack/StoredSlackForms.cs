using System.Text.Json.Nodes;
using Pixfra.Rma.Conversations.Persistence;
using Pixfra.Rma.Conversations.State;
using Pixfra.Rma.Protocol.Proactive;
using Pixfra.Rma.Slack.Forms;

namespace Pixfra.Rma.Bot.Slack;

/// <summary>
/// Slack forms in the conversation state store (Cosmos DB or SQLite), so that any instance can open and check a form
/// another one posted (instances are stateless, ARCHITECTURE.md). One document per Slack conversation, under its own
/// key, holding that conversation's latest <see cref="MaxForms"/> forms: older forms and forms past
/// <see cref="SlackFormIds.Lifetime"/> are gone, and the flow shows its current step again when the user writes.
/// </summary>
public sealed class StoredSlackForms(IConversationStateStore store, TimeProvider time) : ISlackFormStore
{
    public const string ChannelId = "slack-forms";
    public const int MaxForms = 10;
    private const int Attempts = 3;

    public async Task<string> AddAsync(ConversationKey conversation, string templateName, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var id = SlackFormIds.New();
        var entry = new Entry(id, templateName, card.ToJsonString(), time.GetUtcNow());
        await UpdateAsync(conversation, forms => [.. forms.Where(f => f.Id != id).Append(entry).TakeLast(MaxForms)], cancellationToken);
        return id;
    }

    public async Task<SlackStoredForm?> FindAsync(string formId, ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var document = await store.GetAsync<Document>(Key(conversation), cancellationToken);
        return document?.Value.Forms.FirstOrDefault(f => f.Id == formId) is { } entry
               && time.GetUtcNow() - entry.StoredAt <= SlackFormIds.Lifetime
               && JsonNode.Parse(entry.CardJson) is JsonObject card
            ? new SlackStoredForm(conversation, entry.TemplateName, card, entry.StoredAt)
            : null;
    }

    public Task ReplaceAsync(string formId, SlackStoredForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var entry = new Entry(formId, form.TemplateName, form.Card.ToJsonString(), time.GetUtcNow());
        return UpdateAsync(form.Conversation, forms => [.. forms.Select(f => f.Id == formId ? entry : f)], cancellationToken);
    }

    // Turns of one conversation are serialised in this process; another instance may still write in between (ETag).
    private async Task UpdateAsync(ConversationKey conversation, Func<IReadOnlyList<Entry>, IReadOnlyList<Entry>> change, CancellationToken cancellationToken)
    {
        var key = Key(conversation);
        for (var attempt = 1; ; attempt++)
        {
            var current = await store.GetAsync<Document>(key, cancellationToken);
            var now = time.GetUtcNow();
            var kept = (current?.Value.Forms ?? []).Where(f => now - f.StoredAt <= SlackFormIds.Lifetime).ToList();
            try
            {
                await store.SaveAsync(key, new Document(change(kept)), current?.ETag, cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Read again and reapply.
            }
        }
    }

    private static ConversationKey Key(ConversationKey conversation) => new(ChannelId, conversation.ChannelId + ":" + conversation.ConversationId);

    /// <summary>The stored document: the conversation's latest forms, oldest first.</summary>
    public sealed record Document(IReadOnlyList<Entry> Forms);

    public sealed record Entry(string Id, string TemplateName, string CardJson, DateTimeOffset StoredAt);
}
