using NodaTime;
using Pixfra.Rma.Bot.Takeover;
using Pixfra.Rma.Conversations.Flow;

namespace Pixfra.Rma.Bot.Rma;

public static class RmaServiceCollectionExtensions
{
    /// <summary>The RMA conversation on the protocol's routing surface, with its settings from section <c>Rma</c>.</summary>
    public static IServiceCollection AddRmaConversation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RmaPolicyOptions>().Bind(configuration.GetSection("Rma")).ValidateOnStart()
            .Validate(o => !string.IsNullOrWhiteSpace(o.PolicyVersion), "Rma:PolicyVersion must name the policy version.")
            .Validate(o => o.ListPageSize is > 0 and <= 50, "Rma:ListPageSize must be 1–50.")
            .Validate(o => o.MaxLinesPerRma is > 0 and <= 1000, "Rma:MaxLinesPerRma must be 1–1000.");
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<RmaPolicyOptions>>().Value);
        services.AddSingleton<IClock>(SystemClock.Instance);
        services.AddSingleton<IRmaNumberSource, RandomRmaNumberSource>();
        services.AddSingleton<FlowServices>(sp => ActivatorUtilities.CreateInstance<FlowServices>(sp));
        services.AddSingleton<RmaConversation>();
        services.AddStaffTakeover(configuration);
        return services;
    }
}
