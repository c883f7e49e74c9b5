using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pixfra.Rma.Testing.Evidence;

/// <summary>PDFs for the tests: real ones written by PdfPig, and hand-written ones for what PdfPig cannot write.</summary>
public static class PdfFiles
{
    public static byte[] Invoice(int pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var page = 1; page <= pages; page++)
        {
            var writer = builder.AddPage(PageSize.A4);
            writer.AddText($"Invoice 2026-11-0417, page {page}", 12, new PdfPoint(50, 760), font);
            writer.AddText("PX-T640 thermal imaging core, SN PX2611A04417", 10, new PdfPoint(50, 730), font);
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF protected by the standard security handler (RC4, revision 2) whose user password is not empty: the
    /// /O and /U entries are arbitrary, so no reader can open it without the password. PdfPig writes no encryption.
    /// </summary>
    public static byte[] PasswordProtected() => Assemble(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{new string('7', 64)}> /U <{new string('3', 64)}> >>",
        ],
        "/Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]");

    /// <summary>
    /// A PDF encrypted with an owner password only (printing and copying restricted, as many invoicing systems
    /// do): the user password is empty, so any reader opens it. /O and /U are computed per the standard security
    /// handler, revision 2 (ISO 32000-1, 7.6.3.3–7.6.3.4); the document has no strings or streams to encrypt.
    /// </summary>
    public static byte[] OwnerPasswordOnly()
    {
        const int Permissions = -44;
        var id = Convert.FromHexString("0123456789ABCDEF0123456789ABCDEF");
        var owner = StandardSecurityHandler.OwnerEntry("owner-secret");
        var user = StandardSecurityHandler.UserEntry(owner, Permissions, id);
        return Assemble(
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P {Permissions} /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> >>",
            ],
            $"/Encrypt 4 0 R /ID [<{Convert.ToHexString(id)}> <{Convert.ToHexString(id)}>]");
    }

    /// <summary>A well-formed PDF whose page tree is empty.</summary>
    public static byte[] NoPages() => Assemble(
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [] /Count 0 >>",
        ],
        string.Empty);

    /// <summary>Objects numbered from 1 (object 1 is the catalog), a classic xref table with exact offsets, a trailer.</summary>
    private static byte[] Assemble(string[] objects, string trailerExtra)
    {
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.ASCII.GetByteCount(text.ToString()));
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = Encoding.ASCII.GetByteCount(text.ToString());
        text.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        text.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerExtra} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }
}
