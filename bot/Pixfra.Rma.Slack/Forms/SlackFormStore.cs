using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>
/// Cards whose forms open as modals, by a random id that the message's buttons and the modal carry. A Slack button's
/// value holds at most 2000 characters and a modal's private_metadata 3000, too little for a card with a list of
/// models, so the card stays here. In memory, for this process: after a restart (or on another instance) a form
/// button answers that the form is gone and the flow shows the current step again when the user writes.
/// Bounded: past <see cref="Capacity"/> the oldest forms are dropped; forms older than <see cref="Lifetime"/> are gone.
/// </summary>
public sealed class SlackFormStore(TimeProvider time)
{
    public const int Capacity = 10_000;

    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(2);

    private readonly ConcurrentDictionary<string, SlackStoredForm> _forms = new(StringComparer.Ordinal);

    public string Add(ConversationKey conversation, string templateName, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        _forms[id] = new SlackStoredForm(conversation, templateName, (JsonObject)card.DeepClone(), time.GetUtcNow());
        if (_forms.Count > Capacity)
        {
            foreach (var (oldId, _) in _forms.OrderBy(f => f.Value.StoredAt).Take(_forms.Count - Capacity))
            {
                _forms.TryRemove(oldId, out _);
            }
        }

        return id;
    }

    /// <summary>The form, unless it expired or belongs to another conversation.</summary>
    public SlackStoredForm? Find(string formId, ConversationKey conversation)
    {
        ArgumentNullException.ThrowIfNull(formId);
        if (!_forms.TryGetValue(formId, out var form))
        {
            return null;
        }

        if (time.GetUtcNow() - form.StoredAt > Lifetime)
        {
            _forms.TryRemove(formId, out _);
            return null;
        }

        return form.Conversation == conversation ? form : null;
    }

    /// <summary>After a refusal the same form comes back with what was typed and why: the message's button opens that.</summary>
    public void Replace(string formId, SlackStoredForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        _forms[formId] = form with { Card = (JsonObject)form.Card.DeepClone(), StoredAt = time.GetUtcNow() };
    }
}
