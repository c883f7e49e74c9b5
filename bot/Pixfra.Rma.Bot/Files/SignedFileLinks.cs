using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using NodaTime;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Bot.Files;

/// <summary>
/// Links of the form <c>/files/{blob}?type=…&amp;expires=…&amp;sig=…</c>: an HMAC-SHA256 over blob, content type and
/// expiry, so a link cannot be widened to another file, another type or more time. Blob names are content hashes,
/// so a link reveals nothing about the case.
/// </summary>
public sealed class SignedFileLinks : IFileLinks
{
    private readonly FileLinkOptions _options;
    private readonly IServer _server;
    private readonly byte[] _key;

    public SignedFileLinks(IOptions<FileLinkOptions> options, IServer server)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _server = server;
        _key = _options.SigningKey is { } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(32);
    }

    public Uri LinkFor(string blobName, string contentType, Instant now)
    {
        BlobNames.ThrowIfInvalid(blobName);
        var expires = now.Plus(Duration.FromTimeSpan(_options.LinkLifetime)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var query = $"type={Uri.EscapeDataString(contentType)}&expires={expires}&sig={Sign(blobName, contentType, expires)}";
        return new Uri(BaseUrl(), $"files/{blobName}?{query}");
    }

    /// <summary>True when the signature matches and the link has not expired at <paramref name="now"/>.</summary>
    public bool IsValid(string blobName, string? contentType, string? expires, string? signature, Instant now)
    {
        if (!BlobNames.IsValid(blobName) || contentType is null || signature is null
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(blobName, contentType, expires!));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given) && now.ToUnixTimeSeconds() < seconds;
    }

    private string Sign(string blobName, string contentType, string expires)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{blobName}\n{contentType}\n{expires}"));
        return WebEncoders.Base64UrlEncode(mac);
    }

    private Uri BaseUrl()
    {
        if (_options.PublicBaseUrl is { } configured)
        {
            return configured.AbsoluteUri.EndsWith('/') ? configured : new Uri(configured.AbsoluteUri + "/");
        }

        var address = _server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost/";
        return new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal).Replace("*", "localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
