using System.Globalization;
using System.Text;

namespace Pixfra.Rma.Domain.Catalog;

/// <summary>
/// The normalisation serial and part numbers share: surrounding space trimmed, full-width characters
/// typed through a CJK input method folded to ASCII (NFKC), letters upper-cased. Nothing else is
/// changed — an O is never turned into a 0 — because a guessed serial number could match another unit.
/// </summary>
internal static class Identifier
{
    public static bool TryNormalize(string? input, int minLength, int maxLength, Func<char, bool> allowed, out string value, out IdentifierProblem? problem)
    {
        value = string.Empty;
        var text = (input ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().ToUpperInvariant();
        if (text.Length == 0)
        {
            problem = new IdentifierProblem(IdentifierProblemKind.Empty, minLength, maxLength);
            return false;
        }

        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (element.Length != 1 || !allowed(element[0]))
            {
                problem = new IdentifierProblem(IdentifierProblemKind.InvalidCharacter, minLength, maxLength, enumerator.ElementIndex + 1, element);
                return false;
            }
        }

        if (text.Length < minLength || text.Length > maxLength)
        {
            problem = new IdentifierProblem(text.Length < minLength ? IdentifierProblemKind.TooShort : IdentifierProblemKind.TooLong, minLength, maxLength);
            return false;
        }

        value = text;
        problem = null;
        return true;
    }

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c);
}
