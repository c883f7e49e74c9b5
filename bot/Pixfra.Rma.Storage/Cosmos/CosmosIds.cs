using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Pixfra.Rma.Storage.Cosmos;

/// <summary>
/// Turns a key into a Cosmos DB id that is safe in a request URL. Ids may not contain <c>/ \ ? #</c>, are at most
/// 255 characters, and escaped or non-ASCII characters in the URL path are where servers and proxies disagree
/// (a <c>%</c>-escaped id was not found again on the test server). So: a key of plain letters, digits and
/// <c>. _ -</c> is its own id; any other key becomes <c>b64-</c> + base64url of its UTF-8 (still URL-safe and
/// reversible), or <c>sha256-</c> + its hash when that would be too long. Keys that start with either prefix are
/// always encoded, so two different keys never share an id.
/// </summary>
internal static class CosmosIds
{
    private const int MaxLength = 255;
    private const string Base64Prefix = "b64-";
    private const string HashPrefix = "sha256-";

    public static string From(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var plain = key.Length is > 0 and <= MaxLength
            && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-')
            && !key.StartsWith(Base64Prefix, StringComparison.Ordinal)
            && !key.StartsWith(HashPrefix, StringComparison.Ordinal);
        if (plain)
        {
            return key;
        }

        var bytes = Encoding.UTF8.GetBytes(key);
        var encoded = Base64Prefix + Base64Url.EncodeToString(bytes);
        return encoded.Length <= MaxLength ? encoded : HashPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
