namespace Pixfra.Rma.Domain.Catalog;

public enum IdentifierProblemKind
{
    Empty,
    TooShort,
    TooLong,
    InvalidCharacter,
}

/// <summary>
/// Why a typed serial or part number was refused, precise enough for the user to fix it:
/// the flows turn it into a localized hint ("character 5, 'Ö', is not allowed").
/// </summary>
/// <param name="Position">1-based position of the offending character, for <see cref="IdentifierProblemKind.InvalidCharacter"/>.</param>
public sealed record IdentifierProblem(IdentifierProblemKind Kind, int MinLength, int MaxLength, int? Position = null, string? Character = null);
