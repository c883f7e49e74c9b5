using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (PROTOCOL.md §2) at a conversation's serviceUrl. Failures throw
/// <see cref="ConnectorException"/>; 403/404 throw <see cref="ConversationUnavailableException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST v3/conversations/{id}/activities</c>. The id is null when Teams answers an empty body.</summary>
    Task<ResourceResponse> SendToConversationAsync(Uri serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations/{id}/activities/{replyToId}</c>, with replyToId set on the activity.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(Uri serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>PUT v3/conversations/{id}/activities/{activityId}</c>, e.g. to replace a clicked card.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Uri serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE v3/conversations/{id}/activities/{activityId}</c>.</summary>
    Task DeleteActivityAsync(Uri serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary><c>POST v3/conversations</c>: a 1:1 chat, or a new thread in a Teams channel.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary><c>GET v3/conversations/{id}/members/{memberId}</c>; memberId may be a Teams id, UPN or AAD object id.</summary>
    Task<TeamsChannelAccount> GetConversationMemberAsync(Uri serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// GET an attachment. Teams inline images need the bot token (<paramref name="withBotToken"/>; refused
    /// unless the host may carry it); a Teams file's downloadUrl is pre-authorised and takes none.
    /// </summary>
    Task<AttachmentDownload> DownloadAttachmentAsync(Uri url, bool withBotToken, CancellationToken cancellationToken = default);
}
