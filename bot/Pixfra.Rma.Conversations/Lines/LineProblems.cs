using Pixfra.Rma.Conversations.Flow;
using Pixfra.Rma.Domain.Catalog;

namespace Pixfra.Rma.Conversations.Lines;

/// <summary>Turns a refused serial or part number into a sentence the user can act on.</summary>
public static class LineProblems
{
    public static string Describe(FlowTurn turn, string field, IdentifierProblem problem) => problem.Kind switch
    {
        IdentifierProblemKind.Empty => turn.Text($"Line_Error_{field}_Empty"),
        IdentifierProblemKind.TooShort => turn.Text($"Line_Error_{field}_TooShort", problem.MinLength),
        IdentifierProblemKind.TooLong => turn.Text($"Line_Error_{field}_TooLong", problem.MaxLength),
        _ => turn.Text($"Line_Error_{field}_Character", problem.Position, problem.Character),
    };
}
