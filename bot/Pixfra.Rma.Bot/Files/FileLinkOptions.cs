namespace Pixfra.Rma.Bot.Files;

/// <summary>Settings of the short-lived file links, section <c>Files</c>.</summary>
public sealed class FileLinkOptions
{
    public const string SectionName = "Files";

    /// <summary>
    /// The bot's public address (e.g. https://pixfra-rma.azurewebsites.net). Unset, links use the address the server
    /// listens on, which is right on a laptop and in tests but not behind a proxy.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The HMAC key, base64, at least 32 bytes; a secret (Key Vault reference in Azure). Unset, a random key is made at
    /// start, so links work only on the instance that made them and only until it restarts.
    /// </summary>
    public string? SigningKey { get; set; }

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
