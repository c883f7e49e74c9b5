using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Pixfra.Rma.Storage.Sqlite;

/// <summary>
/// Keyset continuation: the sort key of the last row returned, so the next page starts strictly after it and
/// inserts elsewhere in the order never shift or repeat rows. Opaque (base64url) to callers.
/// </summary>
internal static class SqlitePageToken
{
    public static string Encode(long sortValue, string number) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{sortValue.ToString(CultureInfo.InvariantCulture)}|{number}"));

    public static (long SortValue, string Number)? Decode(string? token)
    {
        if (token is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var separator = text.IndexOf('|', StringComparison.Ordinal);
            return (long.Parse(text[..separator], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), text[(separator + 1)..]);
        }
        catch (Exception e) when (e is FormatException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new ArgumentException("Not a continuation token of this store.", nameof(token), e);
        }
    }
}
