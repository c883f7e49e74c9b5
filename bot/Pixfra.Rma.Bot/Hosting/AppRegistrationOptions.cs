namespace Pixfra.Rma.Bot.Hosting;

/// <summary>
/// The Azure Bot registration, under the conventional root-level setting names. Checked at start so a
/// half-configured deployment fails before the first message rather than on it.
/// </summary>
public sealed class AppRegistrationOptions
{
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>SingleTenant</c>, <c>MultiTenant</c> or <c>UserAssignedMSI</c>; empty means SingleTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
