namespace Pixfra.Rma.Conversations.Registry;

/// <summary>One refused line (1-based, the header is line 1) and the offending value, for staff to fix the file.</summary>
public sealed record ShipmentCsvError(int Line, ShipmentCsvProblem Problem, string? Value);
