using Microsoft.Extensions.Options;

namespace Pixfra.Rma.Bot.Hosting;

/// <summary>The combinations PROTOCOL.md §2 allows: a secret for Single/MultiTenant, a tenant and no secret for a managed identity.</summary>
internal sealed class AppRegistrationOptionsValidator : IValidateOptions<AppRegistrationOptions>
{
    private static readonly string[] AppTypes = ["SingleTenant", "MultiTenant", "UserAssignedMSI"];

    public ValidateOptionsResult Validate(string? name, AppRegistrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.AuthenticationEnabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        var appType = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? "SingleTenant" : options.MicrosoftAppType;
        if (!AppTypes.Contains(appType, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"MicrosoftAppType must be one of {string.Join(", ", AppTypes)}.");
        }

        if (!Guid.TryParse(options.MicrosoftAppId, out _))
        {
            failures.Add("MicrosoftAppId must be the app registration's client id (a GUID).");
        }

        var hasSecret = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        if (string.Equals(appType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase))
        {
            if (hasSecret)
            {
                failures.Add("MicrosoftAppPassword must be empty for UserAssignedMSI.");
            }

            if (!hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required for UserAssignedMSI.");
            }
        }
        else
        {
            if (!hasSecret)
            {
                failures.Add($"MicrosoftAppPassword is required for {appType}.");
            }

            if (string.Equals(appType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && !hasTenant)
            {
                failures.Add("MicrosoftAppTenantId is required for SingleTenant.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
