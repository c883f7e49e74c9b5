using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>Refuses at start-up the settings BBD refuses (ConfigurationServiceClientCredentialFactory).</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAuthenticationDisabled)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        switch (options.EffectiveAppType)
        {
            case BotAppType.SingleTenant:
                Require(string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId), "SingleTenant needs MicrosoftAppTenantId.", errors);
                Require(string.IsNullOrEmpty(options.MicrosoftAppPassword), "SingleTenant needs MicrosoftAppPassword.", errors);
                break;
            case BotAppType.MultiTenant:
                Require(string.IsNullOrEmpty(options.MicrosoftAppPassword), "MultiTenant needs MicrosoftAppPassword.", errors);
                break;
            case BotAppType.UserAssignedMSI:
                Require(string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId), "UserAssignedMSI needs MicrosoftAppTenantId.", errors);
                Require(!string.IsNullOrEmpty(options.MicrosoftAppPassword), "UserAssignedMSI takes no MicrosoftAppPassword.", errors);
                break;
            default:
                errors.Add($"Unknown MicrosoftAppType {options.EffectiveAppType}.");
                break;
        }

        // IdentityModel's ConfigurationManager refuses automatic refreshes under 5 min and forced ones under 1 s.
        if (options.KeyRefreshInterval < TimeSpan.FromMinutes(5) || options.KeyRefreshInterval > TimeSpan.FromHours(24))
        {
            errors.Add("KeyRefreshInterval must be between 5 minutes and 24 hours.");
        }

        if (options.KeyRefreshMinimumInterval < TimeSpan.FromSeconds(1))
        {
            errors.Add("KeyRefreshMinimumInterval must be at least 1 second.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Require(bool failed, string message, List<string> errors)
    {
        if (failed)
        {
            errors.Add(message);
        }
    }
}
