using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>
/// An entity on an activity. Only the <c>mention</c> fields are typed; every other entity kind
/// (clientInfo, …) keeps its fields in <see cref="ExtensionData"/>.
/// </summary>
public sealed record Entity
{
    public const string MentionType = "mention";

    public string? Type { get; init; }

    /// <summary>For mentions: who was mentioned.</summary>
    public ChannelAccount? Mentioned { get; init; }

    /// <summary>For mentions: the mention markup as it appears in the text, e.g. <c>&lt;at&gt;Bot&lt;/at&gt;</c>.</summary>
    public string? Text { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }

    [JsonIgnore]
    public bool IsMention => string.Equals(Type, MentionType, StringComparison.OrdinalIgnoreCase);
}
