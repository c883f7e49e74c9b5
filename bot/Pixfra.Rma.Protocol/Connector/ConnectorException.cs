using System.Net;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>A Connector call that failed for good (after retries where retrying is allowed).</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode, string? correlationId)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        CorrelationId = correlationId;
    }

    /// <summary>The HTTP status, or null when the call was refused before sending (untrusted host).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The service's <c>error.code</c>, e.g. ConversationBlockedByUser, BotNotInConversationRoster.</summary>
    public string? ErrorCode { get; }

    /// <summary>The <c>X-Correlating-OperationId</c> header, for Microsoft support.</summary>
    public string? CorrelationId { get; }
}
