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

        if (options.KeyRefreshInterval <= TimeSpan.Zero || options.KeyRefreshInterval > TimeSpan.FromHours(24))
        {
            errors.Add("KeyRefreshInterval must be positive and at most 24 hours.");
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
