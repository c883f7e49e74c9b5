using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>
/// Cards whose forms open as modals, by an id that the message's buttons and the modal carry. A Slack button's value
/// holds at most 2000 characters and a modal's private_metadata 3000, too little for a card with a list of models,
/// so the card is kept here until its form is opened and submitted.
/// </summary>
public interface ISlackFormStore
{
    Task<string> AddAsync(ConversationKey conversation, string templateName, JsonObject card, CancellationToken cancellationToken);

    /// <summary>The form, unless it is gone (expired, pushed out by newer forms) or belongs to another conversation.</summary>
    Task<SlackStoredForm?> FindAsync(string formId, ConversationKey conversation, CancellationToken cancellationToken);

    /// <summary>After a refusal the same form comes back with what was typed and why: the message's button then opens that.</summary>
    Task ReplaceAsync(string formId, SlackStoredForm form, CancellationToken cancellationToken);
}
