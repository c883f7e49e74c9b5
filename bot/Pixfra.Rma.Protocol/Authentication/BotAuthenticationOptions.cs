namespace Pixfra.Rma.Protocol.Authentication;

/// <summary>
/// Bound from the configuration root (conventional names <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>) and then from the <c>BotAuthentication</c> section.
/// </summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "BotAuthentication";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Unset means SingleTenant when a tenant id is given, else MultiTenant (BBD's default).</summary>
    public BotAppType? MicrosoftAppType { get; set; }

    /// <summary>The app type in force, after the default of <see cref="MicrosoftAppType"/> is applied.</summary>
    public BotAppType EffectiveAppType => MicrosoftAppType
        ?? (string.IsNullOrWhiteSpace(MicrosoftAppTenantId) ? BotAppType.MultiTenant : BotAppType.SingleTenant);

    /// <summary>Where channel (Bot Connector) signing keys are published.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new(AuthenticationConstants.ChannelOpenIdMetadataUrl);

    /// <summary>Where Entra (Emulator, skills) signing keys are published.</summary>
    public Uri EntraMetadataUrl { get; set; } = new(AuthenticationConstants.EntraOpenIdMetadataUrl);

    /// <summary>Only tests serving metadata from a loopback http endpoint turn this off.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How often signing keys are re-read even when nothing fails; [AUTH] asks for at most 24 h.</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How soon after one forced refresh (unknown kid) another may happen.</summary>
    public TimeSpan KeyRefreshMinimumInterval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Authentication is off only when no app id is configured (PROTOCOL.md §1.2).</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
