using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;
using Pixfra.Rma.Protocol.Connector;

namespace Pixfra.Rma.Protocol.Proactive;

/// <inheritdoc />
public sealed class ProactiveMessenger(IConversationReferenceStore references, IConnectorClient connector) : IProactiveMessenger
{
    public async Task<ResourceResponse> SendAsync(ConversationKey conversation, Activity activity, CancellationToken cancellationToken = default)
    {
        var reference = await FindAsync(conversation, cancellationToken);
        return await connector.SendToConversationAsync(
            new Uri(reference.ServiceUrl), reference.ConversationId, ConversationReferences.Address(activity, reference), cancellationToken);
    }

    public async Task<ResourceResponse> UpdateAsync(ConversationKey conversation, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        var reference = await FindAsync(conversation, cancellationToken);
        return await connector.UpdateActivityAsync(
            new Uri(reference.ServiceUrl), reference.ConversationId, activityId, ConversationReferences.Address(activity, reference), cancellationToken);
    }

    public async Task<CreatedConversation> CreateConversationAsync(
        string channelId, Uri serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelId);
        ArgumentNullException.ThrowIfNull(serviceUrl);
        ArgumentNullException.ThrowIfNull(parameters);
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException("The Connector created a conversation but returned no id.");
        }

        var tenantId = parameters.TenantId ?? (string?)parameters.ChannelData?["tenant"]?["id"];
        var member = parameters.Members is { Count: > 0 } members ? members[0] : null;
        var reference = new ConversationReference(
            channelId,
            created.ServiceUrl ?? serviceUrl.AbsoluteUri,
            created.Id,
            parameters.IsGroup == true ? ConversationTypeOf(parameters.ChannelData) : "personal",
            tenantId,
            parameters.Bot?.Id ?? string.Empty,
            parameters.Bot?.Name,
            parameters.IsGroup == true ? null : member?.Id,
            parameters.IsGroup == true ? null : member?.Name,
            parameters.IsGroup == true ? null : member?.AadObjectId,
            parameters.Activity?.Locale);
        await references.SaveAsync(reference, cancellationToken);
        return new CreatedConversation(reference, created.ActivityId);
    }

    private static string ConversationTypeOf(JsonNode? channelData) =>
        channelData?["channel"] is not null ? "channel" : "groupChat";

    private async Task<ConversationReference> FindAsync(ConversationKey conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return await references.FindAsync(conversation, cancellationToken) ?? throw new UnknownConversationException(conversation);
    }
}
