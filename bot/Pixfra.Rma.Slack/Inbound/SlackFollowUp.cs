using Pixfra.Rma.Protocol.Proactive;

namespace Pixfra.Rma.Slack.Inbound;

/// <summary>Work left over from a synchronous answer (a form submission's replies), run in a fresh scope under the conversation's lock.</summary>
public sealed record SlackFollowUp(ConversationKey Conversation, Func<IServiceProvider, CancellationToken, Task> RunAsync);
