using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>
/// Forms in this process only, for tests and hosts without storage: after a restart, or on another instance, a form
/// button answers that the form is gone. Bounded: past <see cref="Capacity"/> the oldest forms are dropped; forms older
/// than <see cref="SlackFormIds.Lifetime"/> are gone.
/// </summary>
public sealed class InMemorySlackFormStore(TimeProvider time) : ISlackFormStore
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, SlackStoredForm> _forms = new(StringComparer.Ordinal);

    public Task<string> AddAsync(ConversationKey conversation, string templateName, JsonObject card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        var id = SlackFormIds.New();
        _forms[id] = new SlackStoredForm(conversation, templateName, (JsonObject)card.DeepClone(), time.GetUtcNow());
        if (_forms.Count > Capacity)
        {
            foreach (var (oldId, _) in _forms.OrderBy(f => f.Value.StoredAt).Take(_forms.Count - Capacity))
            {
                _forms.TryRemove(oldId, out _);
            }
        }

        return Task.FromResult(id);
    }

    public Task<SlackStoredForm?> FindAsync(string formId, ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(formId);
        if (!_forms.TryGetValue(formId, out var form) || time.GetUtcNow() - form.StoredAt > SlackFormIds.Lifetime)
        {
            return Task.FromResult<SlackStoredForm?>(null);
        }

        return Task.FromResult(form.Conversation == conversation ? form with { Card = (JsonObject)form.Card.DeepClone() } : null);
    }

    public Task ReplaceAsync(string formId, SlackStoredForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        _forms[formId] = form with { Card = (JsonObject)form.Card.DeepClone(), StoredAt = time.GetUtcNow() };
        return Task.CompletedTask;
    }
}
