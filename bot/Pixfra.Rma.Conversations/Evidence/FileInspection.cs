namespace Pixfra.Rma.Conversations.Evidence;

/// <summary>The outcome of inspecting one file: exactly one of <see cref="Accepted"/> and <see cref="Refusal"/> is set.</summary>
public sealed record FileInspection(AcceptedFile? Accepted, FileRefusal? Refusal)
{
    public static FileInspection Accept(AcceptedFile file) => new(file, null);

    public static FileInspection Refuse(FileRefusal refusal) => new(null, refusal);
}
