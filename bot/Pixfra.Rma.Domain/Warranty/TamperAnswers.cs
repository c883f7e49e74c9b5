namespace Pixfra.Rma.Domain.Warranty;

/// <summary>The clause P9 questions, asked per line and set again by staff on inspection.</summary>
public sealed record TamperAnswers(bool Painted, bool Tampered, bool LabelRemoved)
{
    public static TamperAnswers None { get; } = new(false, false, false);

    public bool Any => Painted || Tampered || LabelRemoved;
}
