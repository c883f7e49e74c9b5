using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Reminders;

namespace Pixfra.Rma.Bot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Expiry reminders (issue 8): a background service in every instance that takes the <c>expiry-reminders</c> lease
    /// and scans on <c>Reminders:ScanInterval</c>. Settings in section <c>Reminders</c>, checked at start;
    /// <c>Reminders:Enabled=false</c> turns the service off.
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderPolicy>().Bind(configuration.GetSection(ReminderPolicy.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReminderPolicy>, ReminderPolicyValidator>();
        services.AddTransient<IReminderSender, ProactiveReminderSender>();
        services.AddSingleton<ReminderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ReminderService>());
        return services;
    }

    private sealed class ReminderPolicyValidator : IValidateOptions<ReminderPolicy>
    {
        public ValidateOptionsResult Validate(string? name, ReminderPolicy options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
