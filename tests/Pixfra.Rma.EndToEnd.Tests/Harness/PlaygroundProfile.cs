namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>Who a Playground instance speaks as, and its pinned conversation ids (a second instance needs its own).</summary>
internal sealed record PlaygroundProfile(
    string TenantId,
    string UserId,
    string GivenName,
    string Surname,
    string? AadObjectId,
    string PersonalChatId,
    string GroupChatId,
    string TeamId,
    string ChannelId)
{
    /// <summary>The suite's usual instance: Alex Wilber of the demo distributor.</summary>
    public static PlaygroundProfile Distributor { get; } = new(
        PlaygroundUsers.TenantId,
        PlaygroundUsers.CurrentUserId,
        "Alex",
        "Wilber",
        null,
        PlaygroundUsers.PersonalChatId,
        PlaygroundUsers.GroupChatId,
        PlaygroundUsers.TeamId,
        PlaygroundUsers.ChannelId);

    /// <summary>
    /// Pixfra support: the demo staff member (bot/Pixfra.Rma.Bot/data/demo-data.json, by Entra object id) in
    /// Pixfra's own tenant, whose team channel is the bot's staff channel.
    /// </summary>
    public static PlaygroundProfile Staff { get; } = new(
        "00000000-0000-0000-0000-0000000000777",
        "29:user-zhang-min",
        "Zhang",
        "Min",
        "00000000-0000-0000-0000-0000000000099",
        "a:personal-chat-zhang",
        "19:group-chat-staff@thread.v2",
        "19:team-pixfra-staff@thread.tacv2",
        "19:channel-staff-handoffs@thread.tacv2");
}
