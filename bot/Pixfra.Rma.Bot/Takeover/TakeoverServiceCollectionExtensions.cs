using Pixfra.Rma.Conversations.Takeover;

namespace Pixfra.Rma.Bot.Takeover;

public static class TakeoverServiceCollectionExtensions
{
    /// <summary>Staff takeover: settings (section <c>Support</c>), delivery to other conversations, re-announcements.</summary>
    public static IServiceCollection AddStaffTakeover(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupportOptions>().Bind(configuration.GetSection(SupportOptions.Section)).ValidateOnStart()
            .Validate(o => o.ReannounceAfter > TimeSpan.Zero, "Support:ReannounceAfter must be positive.")
            .Validate(o => o.TranscriptLength is > 0 and <= 50, "Support:TranscriptLength must be 1–50.")
            .Validate(o => o.StaffChannel.ServiceUrl is null || !string.IsNullOrWhiteSpace(o.StaffChannel.ConversationId), "Support:StaffChannel:ConversationId is required with a ServiceUrl.");
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SupportOptions>>().Value);
        services.AddSingleton<OutboundDelivery>();
        services.AddSingleton<HandoffReannouncementService>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoffReannouncementService>());
        return services;
    }
}
