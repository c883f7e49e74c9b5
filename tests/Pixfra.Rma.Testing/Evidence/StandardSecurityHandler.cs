using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>
/// The /O and /U entries of the PDF standard security handler, revision 2 (40-bit RC4), with an empty user
/// password. MD5 and RC4 are what the format prescribes here, not a choice.
/// </summary>
public static class StandardSecurityHandler
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>Algorithm 3: RC4 of the padded (empty) user password, keyed by MD5 of the padded owner password.</summary>
    public static byte[] OwnerEntry(string ownerPassword)
    {
#pragma warning disable CA5351 // MD5 is the PDF format's own key derivation.
        var key = MD5.HashData(Pad(Encoding.ASCII.GetBytes(ownerPassword)))[..5];
#pragma warning restore CA5351
        return Rc4(key, Padding);
    }

    /// <summary>Algorithms 2 and 4: the file key from the empty user password, then RC4 of the padding string.</summary>
    public static byte[] UserEntry(byte[] ownerEntry, int permissions, byte[] firstId)
    {
        var permissionBytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(permissionBytes, permissions);
#pragma warning disable CA5351 // MD5 is the PDF format's own key derivation.
        var key = MD5.HashData([.. Padding, .. ownerEntry, .. permissionBytes, .. firstId])[..5];
#pragma warning restore CA5351
        return Rc4(key, Padding);
    }

    private static byte[] Pad(byte[] password) => [.. password.Take(32), .. Padding.Take(32 - Math.Min(32, password.Length))];

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
