namespace Pixfra.Rma.EndToEnd.Tests.Harness;

/// <summary>
/// The pinned identities of the Playground's configuration: fixed ids so tests can address
/// conversations and users without asking the Playground first.
/// </summary>
internal static class PlaygroundUsers
{
    // The Playground's default tenant: the demo distributor (bot/Pixfra.Rma.Bot/data/demo-data.json) owns it.
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "28:pixfra-rma-bot-e2e";
    public const string BotName = "Pixfra RMA";
    public const string CurrentUserId = "29:user-alex-wilber";
    public const string CurrentUserName = "Alex Wilber";
    public const string PersonalChatId = "a:personal-chat-alex";
    public const string GroupChatId = "19:group-chat-rma@thread.v2";
    public const string GroupChatName = "RMA Group";
    public const string TeamId = "19:team-pixfra-support@thread.tacv2";
    public const string ChannelId = "19:channel-rma-escalations@thread.tacv2";
}
