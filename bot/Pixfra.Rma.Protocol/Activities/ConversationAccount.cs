using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>The conversation an activity belongs to; <see cref="Id"/> is required on every activity.</summary>
public sealed record ConversationAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    public bool? IsGroup { get; init; }

    public string? AadObjectId { get; init; }

    public string? Role { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
