using System.Net;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>
/// 403 or 404 from the Connector: the user blocked or uninstalled the bot, the bot left the roster,
/// or the conversation is gone. Not retried; callers record it and stop messaging that conversation.
/// </summary>
public sealed class ConversationUnavailableException : ConnectorException
{
    public ConversationUnavailableException()
    {
    }

    public ConversationUnavailableException(string message)
        : base(message)
    {
    }

    public ConversationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConversationUnavailableException(string message, HttpStatusCode statusCode, string? errorCode, string? correlationId)
        : base(message, statusCode, errorCode, correlationId)
    {
    }
}
