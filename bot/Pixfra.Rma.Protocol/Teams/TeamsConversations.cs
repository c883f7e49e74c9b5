using System.Text.Json.Nodes;
using Pixfra.Rma.Protocol.Activities;

namespace Pixfra.Rma.Protocol.Teams;

/// <summary>
/// Bodies of <c>POST v3/conversations</c> for Teams (PROTOCOL.md §4 "Proactive messages"), and the
/// serviceUrls to use before any activity has brought one.
/// </summary>
public static class TeamsConversations
{
    public static Uri PublicServiceUrl { get; } = new("https://smba.trafficmanager.net/teams/");

    public static Uri GccServiceUrl { get; } = new("https://smba.infra.gcc.teams.microsoft.com/teams/");

    public static Uri GcchServiceUrl { get; } = new("https://smba.infra.gov.teams.microsoft.us/teams/");

    /// <summary>A 1:1 chat with a user who has the app installed; the returned id (<c>a:…</c>) is the chat.</summary>
    public static ConversationParameters PersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    /// <summary>A new thread in a Teams channel (e.g. the staff channel), started by <paramref name="firstActivity"/>.</summary>
    public static ConversationParameters ChannelThread(string botId, string teamsChannelId, string tenantId, Activity firstActivity)
    {
        ArgumentNullException.ThrowIfNull(firstActivity);
        return new()
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = botId },
            TenantId = tenantId,
            ChannelData = new JsonObject
            {
                ["channel"] = new JsonObject { ["id"] = teamsChannelId },
                ["tenant"] = new JsonObject { ["id"] = tenantId },
            },
            Activity = firstActivity with { Type = firstActivity.Type ?? ActivityTypes.Message },
        };
    }
}
