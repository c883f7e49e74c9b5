using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>
/// One Bot Framework activity as it travels on the wire (PROTOCOL.md §3). Unknown fields are kept
/// in <see cref="ExtensionData"/> because receivers must accept and preserve them (A2005).
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonConverter(typeof(LocalTimestampConverter))]
    public DateTimeOffset? LocalTimestamp { get; init; }

    public string? LocalTimezone { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? AttachmentLayout { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }

    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }

    public string? TopicName { get; init; }

    public bool? HistoryDisclosed { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? Speak { get; init; }

    public string? InputHint { get; init; }

    public string? Summary { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public JsonNode? ChannelData { get; init; }

    public string? Action { get; init; }

    public string? ReplyToId { get; init; }

    public string? Label { get; init; }

    public string? ValueType { get; init; }

    public JsonNode? Value { get; init; }

    public string? Name { get; init; }

    public JsonNode? RelatesTo { get; init; }

    public string? Code { get; init; }

    public DateTimeOffset? Expiration { get; init; }

    public string? Importance { get; init; }

    public string? DeliveryMode { get; init; }

    public IReadOnlyList<string>? ListenFor { get; init; }

    public IReadOnlyList<JsonNode>? TextHighlights { get; init; }

    /// <summary>Sent by some channels; never trusted from the wire (PROTOCOL.md §3 "Ignore callerId").</summary>
    public string? CallerId { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }

    [JsonIgnore]
    public bool IsInvoke => string.Equals(Type, ActivityTypes.Invoke, StringComparison.OrdinalIgnoreCase);

    [JsonIgnore]
    public bool ExpectsReplies =>
        string.Equals(DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <see cref="Value"/> as <typeparamref name="T"/> with the wire options; default when absent.</summary>
    public T? ValueAs<T>() => Value is null ? default : Value.Deserialize<T>(ActivityJson.Options);

    /// <summary>
    /// A message addressed back into this activity's conversation: from/recipient swapped,
    /// conversation, channel and serviceUrl kept, replyToId set. Mirrors BBD CreateReply.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name },
        ReplyToId = Id,
        Text = text,
        Locale = Locale,
    };
}
