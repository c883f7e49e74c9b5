using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Forms;

/// <summary>A card with inputs that was posted with "open the form" buttons, and the conversation it belongs to.</summary>
public sealed record SlackStoredForm(ConversationKey Conversation, string TemplateName, JsonObject Card, DateTimeOffset StoredAt);
