using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pixfra.Rma.Protocol.Activities;

/// <summary>A member as answered by <c>GET v3/conversations/{id}/members/{memberId}</c> on Teams.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }

    public string? ObjectId { get; init; }

    public string? GivenName { get; init; }

    public string? Surname { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }

    public string? TenantId { get; init; }

    public string? UserRole { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; init; }
}
