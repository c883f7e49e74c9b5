using Pixfra.Rma.Bot.Outbound;
using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Bot.Takeover;

public static class TakeoverServiceCollectionExtensions
{
    /// <summary>
    /// Staff takeover: settings (section <c>Support</c>), the messengers that deliver to other conversations by
    /// platform (the direct Slack app first, Bot Framework for the rest), the staff channels, re-announcements.
    /// </summary>
    public static IServiceCollection AddStaffTakeover(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupportOptions>().Bind(configuration.GetSection(SupportOptions.Section)).ValidateOnStart()
            .Validate(o => o.ReannounceAfter > TimeSpan.Zero, "Support:ReannounceAfter must be positive.")
            .Validate(o => o.TranscriptLength is > 0 and <= 50, "Support:TranscriptLength must be 1–50.")
            .Validate(o => o.StaffChannel.ServiceUrl is null || !string.IsNullOrWhiteSpace(o.StaffChannel.ConversationId), "Support:StaffChannel:ConversationId is required with a ServiceUrl.")
            .Validate(
                o => string.IsNullOrWhiteSpace(o.SlackStaffChannel.TeamId) == string.IsNullOrWhiteSpace(o.SlackStaffChannel.ChannelId),
                "Support:SlackStaffChannel needs both TeamId and ChannelId.");
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SupportOptions>>().Value);

        // Transient like the typed HttpClients they use; the background services take a scope per round.
        services.AddTransient<IChannelMessenger, SlackMessenger>();
        services.AddTransient<IChannelMessenger, BotFrameworkMessenger>();
        services.AddTransient<ChannelMessengers>();
        services.AddTransient<IStaffChannel, SlackStaffChannel>();
        services.AddTransient<IStaffChannel, TeamsStaffChannel>();
        services.AddTransient<OutboundDelivery>();
        services.AddSingleton<HandoffReannouncementService>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffReannouncementService>());
        return services;
    }
}
